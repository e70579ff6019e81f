import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { currentAgreementQuery } from '../api/agreements-api';
import { AgreementSigner } from './AgreementSigner';

/**
 * On a member's group page: the agreement she has yet to sign, as her next step, so joining from an
 * invite leads straight to it. Nothing when there is none yet or she signed the current version.
 */
export function AgreementStep({ groupId }: { groupId: string }) {
  const queryClient = useQueryClient();
  const agreement = useQuery({ ...currentAgreementQuery(groupId), retry: false });
  const [signedNow, setSignedNow] = useState(false);

  if (signedNow) {
    return (
      <div className="notice notice--success" role="status">
        <p>Thank you for signing. You’re ready for your first session: it’s listed below.</p>
      </div>
    );
  }
  if (!agreement.data || agreement.data.acceptedByMe) return null;
  return (
    <div className="gate-step-in-page">
      <AgreementSigner
        groupId={groupId}
        onSigned={() => {
          setSignedNow(true);
          void queryClient.invalidateQueries({ queryKey: currentAgreementQuery(groupId).queryKey });
        }}
      />
    </div>
  );
}
