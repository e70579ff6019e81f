import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { agreementHistoryQuery } from '../api/agreements-api';
import { AgreementEditor } from './AgreementEditor';
import { AgreementHistory } from './AgreementHistory';

/**
 * The facilitator's view of the group agreement: who signed which version, and a new version on
 * request. The editor stays open only while there is nothing published yet, since every new
 * version asks all members to sign again.
 */
export function AgreementSection({ groupId, onPublished }: { groupId: string; onPublished: (version: number) => void }) {
  const queryClient = useQueryClient();
  const history = useQuery(agreementHistoryQuery(groupId));
  const latest = history.data?.[0];
  const [editing, setEditing] = useState(false);
  const [published, setPublished] = useState<number>();
  const showEditor = history.data !== undefined && (latest === undefined || editing);

  return (
    <section className="panel" aria-labelledby="agreement-heading" id="agreement">
      <div className="panel__header">
        <h2 id="agreement-heading">Group agreement</h2>
        {latest && !editing ? (
          <button type="button" className="button button--secondary button--small" onClick={() => (setPublished(undefined), setEditing(true))}>
            Write a new version
          </button>
        ) : null}
      </div>
      {history.isPending ? <Loading label="Loading the agreement…" /> : null}
      <ErrorNotice error={history.error} />
      {showEditor ? (
        <AgreementEditor
          groupId={groupId}
          latest={latest}
          onCancel={latest ? () => setEditing(false) : undefined}
          onPublished={(agreement) => {
            setPublished(agreement.version);
            setEditing(false);
            void queryClient.invalidateQueries({ queryKey: agreementHistoryQuery(groupId).queryKey });
            onPublished(agreement.version);
          }}
        />
      ) : null}
      <StatusMessage tone="success">{published ? `Version ${published} is published and signed by you.` : null}</StatusMessage>
      {history.data ? (
        <>
          <h3>Versions and signatures</h3>
          <AgreementHistory versions={history.data} />
        </>
      ) : null}
    </section>
  );
}
