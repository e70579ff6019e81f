import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { SessionGate } from '@hearth/shared';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { formatDateTime } from '@/lib/format';
import { useIsImmersive } from '@/lib/immersive';
import { AgreementSigner } from '@/features/agreements/components/AgreementSigner';
import { GateProgress } from '@/features/sessions/components/GateProgress';
import { PrivacyCheck } from '@/features/sessions/components/PrivacyCheck';
import { WaitingForOpen } from '@/features/sessions/components/WaitingForOpen';
import { useSessionGate } from '@/features/sessions/hooks/use-session-gate';
import { SessionRecap } from '@/features/notes';
import { SessionReflection } from '@/features/journal';
import { CheckoutRating } from '@/features/ratings';
import { AbsenceSection, sessionCalendarUrl } from '@/features/schedule';

// livekit-client is large; only people who reach the room download it.
const RoomView = lazy(() => import('@/features/room/components/RoomView'));

function Stopped({ title, children, groupId }: { title: string; children: ReactNode; groupId: string }) {
  return (
    <section className="gate-step" aria-labelledby="stopped-heading">
      <h2 id="stopped-heading">{title}</h2>
      {children}
      <Link className="button button--secondary" to={paths.group(groupId)}>
        Back to the group
      </Link>
    </section>
  );
}

function SessionEnded({ gate }: { gate: SessionGate }) {
  const facilitating = gate.myRole !== 'member';
  return (
    <>
      <Stopped title="This session has ended" groupId={gate.session.groupId}>
        <p>Thank you for being part of it. Your next session will appear on the group page.</p>
        {facilitating ? (
          <p>
            <Link to={paths.sessionNotes(gate.session.id)}>Notes and recap for this session</Link> (facilitators only)
          </p>
        ) : null}
        {facilitating ? (
          <p>
            <Link to={paths.sessionReport(gate.session.id)}>The session report</Link>: attendance, airtime, rounds and moments (facilitators only)
          </p>
        ) : null}
      </Stopped>
      {facilitating ? null : (
        <>
          <CheckoutRating sessionId={gate.session.id} />
          <SessionRecap sessionId={gate.session.id} />
          <SessionReflection sessionId={gate.session.id} />
        </>
      )}
    </>
  );
}

function NextStep({ gate, reload }: { gate: SessionGate; reload: () => void }) {
  const navigate = useNavigate();
  const { session } = gate;
  // Once it is over, no step of the way in matters: a member who missed it reads the recap and may reflect.
  if (session.status === 'ended') return <SessionEnded gate={gate} />;
  if (session.status === 'cancelled') {
    return (
      <Stopped title="This session is cancelled" groupId={session.groupId}>
        <p>The group does not meet on {formatDateTime(session.scheduledStart)}. Your next session is on the group page.</p>
      </Stopped>
    );
  }
  switch (gate.next) {
    case 'agreement':
      return <AgreementSigner groupId={session.groupId} onSigned={reload} />;
    case 'privacy':
      return <PrivacyCheck sessionId={session.id} askLocation={gate.askLocation} onConfirmed={reload} />;
    case 'removed':
      return (
        <Stopped title="You can’t rejoin this session" groupId={session.groupId}>
          <p>The facilitator removed you from this session. If you think this is a mistake, or you’d like to talk about it, contact them directly.</p>
        </Stopped>
      );
    case 'wait_for_open':
      return <WaitingForOpen gate={gate} onOpened={reload} />;
    // One element for both, so the device check she made and her place in the room survive admission.
    case 'lobby':
    case 'ready':
      return (
        <Suspense fallback={<Loading label="Opening the room…" />}>
          <RoomView
            sessionId={session.id}
            groupId={session.groupId}
            groupName={session.groupName}
            startsAt={session.scheduledStart}
            role={gate.myRole}
            waiting={gate.next === 'lobby'}
            onGateChanged={reload}
            onLeft={() => navigate(paths.group(session.groupId))}
          />
        </Suspense>
      );
  }
}

/** The way into a session: each step the server asks for, in order, then the room itself. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const gate = useSessionGate(sessionId);
  const data = gate.data;
  const stepRef = useRef<HTMLDivElement>(null);
  const shownStep = useRef<string>(undefined);
  const immersive = useIsImmersive();

  // When the step changes under her, move focus to its heading so she hears where she is now.
  useEffect(() => {
    if (!data) return;
    // From the waiting room into the room is one screen moving on; the room places focus itself.
    const withinRoom = (step: string | undefined) => step === 'lobby' || step === 'ready';
    if (shownStep.current !== undefined && shownStep.current !== data.next && !(withinRoom(shownStep.current) && withinRoom(data.next))) {
      const heading = stepRef.current?.querySelector('h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
    shownStep.current = data.next;
  }, [data]);

  return (
    <div className={immersive ? 'page page--immersive' : data?.next === 'ready' || data?.next === 'lobby' ? 'page page--room' : 'page page--narrow'}>
      <title>{pageTitle(data ? `${data.session.groupName} session` : 'Session')}</title>
      {gate.loading && !data ? <Loading label="Checking the session…" /> : null}
      <ErrorNotice error={gate.error}>
        {data ? null : (
          <Link className="button button--secondary" to={paths.groups}>
            Go to your groups
          </Link>
        )}
      </ErrorNotice>
      {data ? (
        <>
          {immersive ? null : (
            <>
              <p className="breadcrumb">
                <Link to={paths.group(data.session.groupId)}>Back to the group</Link>
              </p>
              <p className="eyebrow">
                Session · {formatDateTime(data.session.scheduledStart)}
                {data.session.movedFrom ? ` · moved from ${formatDateTime(data.session.movedFrom)}` : ''}
              </p>
              <h1>{data.session.groupName}</h1>
              {data.next === 'ready' || data.session.status === 'ended' ? null : <GateProgress step={data.next} />}
            </>
          )}
          <div ref={stepRef}>
            <NextStep gate={data} reload={gate.reload} />
          </div>
          {immersive || data.session.status !== 'scheduled' || data.next === 'ready' || data.next === 'lobby' ? null : (
            <>
              <AbsenceSection session={data.session} role={data.myRole} />
              <p>
                <a href={sessionCalendarUrl(data.session.id)} download="hearth-session.ics">
                  Add this session to your calendar
                </a>{' '}
                <span className="small muted">(titled “Hearth session”, with a reminder)</span>
              </p>
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
