import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Group } from '@hearth/shared';
import { paths } from '@/config/paths';
import { profileQuery } from '@/features/directory';
import { sessionsQuery } from '@/features/sessions';
import { membersQuery } from '../api/groups-api';

interface Step {
  key: string;
  title: string;
  hint: string;
  done: boolean;
  /** A section of this page (`#id`) or another page. */
  to: string;
  action: string;
}

function stepsOf(group: Group, hasProfile: boolean, hasSessions: boolean, hasMembers: boolean): Step[] {
  return [
    {
      key: 'agreement',
      title: 'Publish the group agreement',
      hint: 'Confidentiality and the group’s other rules. Nobody joins a session before signing it, you included.',
      done: group.currentAgreementVersion !== null,
      to: '#agreement',
      action: 'Write and publish it',
    },
    {
      key: 'profile',
      title: 'Say who you are',
      hint: 'Your credential and a short bio, shown beside your group in the directory and on its invites.',
      done: hasProfile,
      to: paths.account,
      action: 'Write your profile',
    },
    {
      key: 'sessions',
      title: 'Schedule the first sessions',
      hint: 'The coming weeks from the group’s weekday and time; members see the next one and can add them to their calendar.',
      done: hasSessions,
      to: '#sessions',
      action: 'Schedule sessions',
    },
    {
      key: 'people',
      title: 'Find your members',
      hint: 'List the group in the directory, where people ask to join and you answer, or send invite links yourself.',
      done: group.listedInDirectory || hasMembers,
      to: '#invites',
      action: 'Invite people',
    },
  ];
}

/** Its action: a section of this page (a plain anchor) or another page (the router's link). */
function StepLink({ step, next }: { step: Step; next: boolean }) {
  const className = next ? 'button button--primary button--small' : 'button button--secondary button--small';
  return step.to.startsWith('#') ? (
    <a className={className} href={step.to}>
      {step.action}
    </a>
  ) : (
    <Link className={className} to={step.to}>
      {step.action}
    </Link>
  );
}

/**
 * A new group's first steps, in the order they matter, until each is done: the agreement first
 * (nobody joins without it), then her profile, the sessions, the members. The next step is marked for
 * sight and for screen readers (aria-current), so what to do now is always plain.
 */
export function FirstSteps({ group }: { group: Group }) {
  const profile = useQuery(profileQuery());
  const sessions = useQuery(sessionsQuery(group.id));
  const members = useQuery(membersQuery(group.id));
  if (!profile.data || !sessions.data || !members.data) return null;
  const hasProfile = profile.data.credential.trim() !== '' || profile.data.bio.trim() !== '';
  const hasSessions = sessions.data.some((s) => s.status !== 'cancelled');
  const hasMembers = members.data.some((m) => m.role === 'member');
  const steps = stepsOf(group, hasProfile, hasSessions, hasMembers);
  const next = steps.find((s) => !s.done);
  if (!next) return null;

  return (
    <section className="panel first-steps" aria-labelledby="first-steps-heading" data-testid="first-steps">
      <h2 id="first-steps-heading">Getting your group ready</h2>
      <p className="muted">
        {steps.filter((s) => s.done).length} of {steps.length} done. Next: {next.title.toLowerCase()}.
      </p>
      <ol className="first-steps__list">
        {steps.map((step) => (
          <li
            key={step.key}
            className={`first-steps__step${step.done ? ' first-steps__step--done' : ''}${step === next ? ' first-steps__step--next' : ''}`}
            aria-current={step === next ? 'step' : undefined}
          >
            <span className="first-steps__mark" aria-hidden="true">
              {step.done ? '✓' : ''}
            </span>
            <div>
              <h3 className="first-steps__title">
                {step.title}
                <span className="visually-hidden">{step.done ? ' (done)' : step === next ? ' (next step)' : ''}</span>
              </h3>
              <p className="small muted">{step.hint}</p>
              {step.done ? null : <StepLink step={step} next={step === next} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
