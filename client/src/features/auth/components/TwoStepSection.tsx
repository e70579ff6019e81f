import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { TwoStepEnrolment } from '@hearth/shared';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { beginTwoStep, twoStepStatusQuery } from '../api/two-step-api';
import { RecoveryCodesOnce } from './RecoveryCodesOnce';
import { TwoStepOff } from './TwoStepOff';
import { TwoStepSetup } from './TwoStepSetup';

type View = { kind: 'status' } | { kind: 'setup'; enrolment: TwoStepEnrolment } | { kind: 'codes'; codes: string[] };

/** Turning two-step sign-in on (app, first code, recovery codes shown once) and off again. */
export function TwoStepSection() {
  const status = useQuery(twoStepStatusQuery());
  const [view, setView] = useState<View>({ kind: 'status' });
  const [notice, setNotice] = useState<string>();
  const begin = useAction(beginTwoStep);

  async function start() {
    setNotice(undefined);
    const enrolment = await begin.run();
    if (enrolment) setView({ kind: 'setup', enrolment });
  }

  function backToStatus(message?: string) {
    setView({ kind: 'status' });
    setNotice(message);
    void status.refetch();
  }

  let content;
  if (view.kind === 'codes') {
    content = <RecoveryCodesOnce codes={view.codes} onDone={() => backToStatus('Two-step sign-in is on.')} />;
  } else if (view.kind === 'setup') {
    content = <TwoStepSetup enrolment={view.enrolment} onConfirmed={(codes) => setView({ kind: 'codes', codes })} onCancel={() => backToStatus()} />;
  } else if (status.isPending) {
    content = <Loading label="Checking two-step sign-in…" />;
  } else if (!status.data) {
    content = (
      <ErrorNotice error={status.error}>
        <button type="button" className="button button--secondary" onClick={() => void status.refetch()}>
          Try again
        </button>
      </ErrorNotice>
    );
  } else if (status.data.enabled) {
    const left = status.data.recoveryCodesLeft;
    content = (
      <>
        <p>
          <span className="tag tag--success">On</span> You have {left} unused recovery code{left === 1 ? '' : 's'}.
          {left <= 3 ? ' Running low: turn two-step sign-in off and on again for a new set.' : ''}
        </p>
        <TwoStepOff onOff={() => backToStatus('Two-step sign-in is off. You sign in with your password alone.')} />
      </>
    );
  } else {
    content = (
      <>
        <p>
          <span className="tag">Off</span> You sign in with your password alone.
        </p>
        <ErrorNotice error={begin.error} />
        <button type="button" className="button button--primary" disabled={begin.pending} onClick={() => void start()}>
          {begin.pending ? 'Preparing…' : 'Set up two-step sign-in'}
        </button>
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">Two-step sign-in</h2>
      <p>
        With two-step sign-in, Hearth asks for your password and then a code from an authenticator app on your phone (such as Aegis, Google Authenticator, Microsoft
        Authenticator or 1Password). Someone who learns your password still can’t get in. Facilitators need it to open sessions.
      </p>
      <StatusMessage tone="success">{notice}</StatusMessage>
      {content}
    </section>
  );
}
