import { useState } from 'react';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { useResource } from '@/lib/use-resource';
import { fetchAgreementHistory } from '../api/agreements-api';
import { AgreementEditor } from './AgreementEditor';
import { AgreementHistory } from './AgreementHistory';

/** The facilitator's view of the group agreement: edit and publish, and who signed which version. */
export function AgreementSection({ groupId, onPublished }: { groupId: string; onPublished: (version: number) => void }) {
  const history = useResource((signal) => fetchAgreementHistory(groupId, signal), [groupId]);
  const latest = history.data?.[0];
  const [published, setPublished] = useState<number>();

  return (
    <section className="panel" aria-labelledby="agreement-heading" id="agreement">
      <h2 id="agreement-heading">Group agreement</h2>
      {history.loading && !history.data ? <Loading label="Loading the agreement…" /> : null}
      <ErrorNotice error={history.error} />
      {history.data ? (
        <>
          <AgreementEditor
            key={latest?.version ?? 0}
            groupId={groupId}
            latest={latest}
            onPublished={(agreement) => {
              setPublished(agreement.version);
              history.reload();
              onPublished(agreement.version);
            }}
          />
          <StatusMessage tone="success">{published ? `Version ${published} is published and signed by you.` : null}</StatusMessage>
          <h3>Versions and signatures</h3>
          <AgreementHistory versions={history.data} />
        </>
      ) : null}
    </section>
  );
}
