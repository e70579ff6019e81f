/**
 * Sets up a live session over the HTTP API, the way the browser would, so the live tests can start
 * in the room: a facilitator, her group and agreement, members who joined by invite and signed,
 * everyone's privacy check, and the session open. Each person keeps her own session cookie, to be
 * handed to her browser.
 */
import { randomUUID } from 'node:crypto';

const AGREEMENT = 'What is said in the group stays in the group. We do not record, screenshot or repeat what others share, and we join from a private space.';

export class ApiPerson {
  cookie = '';
  id = '';
  readonly email = `${randomUUID().slice(0, 8)}@example.test`;

  constructor(
    readonly base: string,
    readonly displayName: string,
  ) {}

  get firstName() {
    return this.displayName.split(' ')[0] ?? this.displayName;
  }

  async request<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'x-hearth-request': '1' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = `hearth_session=${this.cookie}`;
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    for (const line of res.headers.getSetCookie()) {
      const match = /^hearth_session=([^;]*)/.exec(line);
      if (match?.[1]) this.cookie = match[1];
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async signUp() {
    const user = await this.request<{ id: string }>('POST', '/api/auth/signup', {
      email: this.email,
      password: 'a long and quiet password',
      displayName: this.displayName,
    });
    this.id = user.id;
    return this;
  }
}

export interface LiveSessionSetup {
  facilitator: ApiPerson;
  members: ApiPerson[];
  groupId: string;
  sessionId: string;
  /** Brings one more member through the invite, agreement and privacy check, for the waiting room. */
  addMember: (displayName: string) => Promise<ApiPerson>;
}

/** The group the browser tests meet in; each test overrides what it looks for. */
const GROUP = {
  name: 'Leading While Parenting',
  focus: 'Working mothers in management roles',
  description: 'A closed group that meets weekly to talk about leading at work while raising children.',
  capacity: 8,
  costPerSessionCents: 3500,
  currency: 'EUR',
  schedule: { weekday: 'tuesday', time: '19:30', timezone: 'Europe/Berlin', durationMinutes: 90 },
};

/** Her group, made over the API, with its agreement published and signed by her. */
export async function createGroupWithAgreement(facilitator: ApiPerson, overrides: Record<string, unknown> = {}) {
  const group = await facilitator.request<{ id: string }>('POST', '/api/groups', { ...GROUP, ...overrides });
  await facilitator.request('POST', `/api/groups/${group.id}/agreements`, { body: AGREEMENT, typedName: facilitator.displayName });
  return group;
}

export async function setUpLiveSession(base: string, facilitatorName: string, memberNames: string[]): Promise<LiveSessionSetup> {
  const facilitator = await new ApiPerson(base, facilitatorName).signUp();
  const group = await createGroupWithAgreement(facilitator);
  const session = await facilitator.request<{ id: string }>('POST', `/api/groups/${group.id}/sessions`, {
    scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
  });

  const addMember = async (displayName: string) => {
    const member = await new ApiPerson(base, displayName).signUp();
    const { token } = await facilitator.request<{ token: string }>('POST', `/api/groups/${group.id}/invites`, { label: displayName });
    await member.request('POST', `/api/invites/${token}/accept`);
    const current = await member.request<{ version: number; sha256: string }>('GET', `/api/groups/${group.id}/agreement`);
    await member.request('POST', `/api/groups/${group.id}/agreements/${current.version}/accept`, { typedName: displayName, sha256: current.sha256 });
    await member.request('POST', `/api/sessions/${session.id}/privacy-check`, { privateSpace: true, headphones: true });
    return member;
  };

  const members: ApiPerson[] = [];
  for (const name of memberNames) members.push(await addMember(name));
  await facilitator.request('POST', `/api/sessions/${session.id}/privacy-check`, { privateSpace: true, headphones: true });
  await facilitator.request('POST', `/api/sessions/${session.id}/open`);
  return { facilitator, members, groupId: group.id, sessionId: session.id, addMember };
}
