import type { GroupInputBody } from '@hearth/shared';
import type { App } from '../src/app.js';
import { Person } from './harness.js';

export const AGREEMENT_V1 =
  'What is said in the group stays in the group. We do not record, screenshot or repeat what others share, and we join from a private space.';
export const AGREEMENT_V2 = `${AGREEMENT_V1} We do not contact each other about the group between sessions.`;

export const groupInput = (overrides: Partial<GroupInputBody> = {}): GroupInputBody => ({
  name: 'Mothers who lead',
  focus: 'Working mothers in management roles',
  description: 'A closed weekly process group.',
  capacity: 8,
  costPerSessionCents: 4500,
  currency: 'EUR',
  schedule: { weekday: 'tuesday', time: '19:30', timezone: 'Europe/Berlin', durationMinutes: 90 },
  ...overrides,
});

export async function createGroup(facilitator: Person, overrides: Partial<GroupInputBody> = {}) {
  const res = await facilitator.request('POST', '/api/groups', groupInput(overrides));
  if (res.statusCode !== 201) throw new Error(`create group failed: ${res.body}`);
  return res.json() as { id: string };
}

export async function publish(facilitator: Person, groupId: string, body = AGREEMENT_V1) {
  const res = await facilitator.request('POST', `/api/groups/${groupId}/agreements`, { body, typedName: facilitator.displayName });
  if (res.statusCode !== 201) throw new Error(`publish failed: ${res.body}`);
  return res.json() as { version: number; sha256: string };
}

export async function invite(facilitator: Person, groupId: string) {
  const res = await facilitator.request('POST', `/api/groups/${groupId}/invites`, { label: 'for a member' });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.body}`);
  return res.json() as { id: string; token: string; url: string };
}

export async function join(app: App, facilitator: Person, groupId: string, name = 'Mina Member') {
  const member = await Person.signUp(app, name);
  const { token } = await invite(facilitator, groupId);
  const res = await member.request('POST', `/api/invites/${token}/accept`);
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.body}`);
  return member;
}

export async function signCurrent(person: Person, groupId: string) {
  const current = (await person.request('GET', `/api/groups/${groupId}/agreement`)).json();
  const res = await person.request('POST', `/api/groups/${groupId}/agreements/${current.version}/accept`, {
    typedName: person.displayName,
    sha256: current.sha256,
  });
  if (res.statusCode !== 200) throw new Error(`sign failed: ${res.body}`);
}

/** A facilitator, her group with a published agreement, and one member who joined by invite. */
export async function groupWithMember(app: App) {
  const facilitator = await Person.signUp(app, 'Fran Facilitator');
  const group = await createGroup(facilitator);
  await publish(facilitator, group.id);
  const member = await join(app, facilitator, group.id);
  return { facilitator, member, groupId: group.id };
}

export async function scheduleSession(facilitator: Person, groupId: string) {
  const res = await facilitator.request('POST', `/api/groups/${groupId}/sessions`, {
    scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
  });
  if (res.statusCode !== 201) throw new Error(`schedule failed: ${res.body}`);
  return res.json() as { id: string };
}

export const confirmPrivacy = (person: Person, sessionId: string) =>
  person.request('POST', `/api/sessions/${sessionId}/privacy-check`, { privateSpace: true, headphones: true });
