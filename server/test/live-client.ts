import { io as connect, type Socket } from 'socket.io-client';
import type { AnyLiveState, ClientToServerEvents, ServerToClientEvents } from '@hearth/shared';
import type { App } from '../src/app.js';
import type { Person } from './harness.js';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Listens on a free loopback port and answers the base URL. */
export async function listen(app: App) {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

/** A typed `/live` client carrying the person's session cookie, as her browser would. */
export function liveClient(baseUrl: string, person: Person, sessionId: string, opts: { reconnection?: boolean } = {}): LiveClient {
  return connect(`${baseUrl}/live`, {
    transports: ['websocket'],
    extraHeaders: { cookie: `hearth_session=${person.cookie}` },
    auth: { sessionId },
    reconnection: opts.reconnection ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    forceNew: true,
  });
}

/** Resolves with the first state that satisfies the predicate. */
export function nextState(client: LiveClient, predicate: (s: AnyLiveState) => boolean = () => true, timeoutMs = 5_000) {
  return new Promise<AnyLiveState>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('state', onState);
      reject(new Error('no matching state arrived'));
    }, timeoutMs);
    const onState = (state: AnyLiveState) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      client.off('state', onState);
      resolve(state);
    };
    client.on('state', onState);
  });
}

/** Connects and waits for the first state, or rejects with the server's refusal code. */
export function connected(client: LiveClient) {
  return new Promise<AnyLiveState>((resolve, reject) => {
    client.once('state', resolve);
    client.once('connect_error', (err) => reject(Object.assign(err, { code: (err as { data?: { code?: string } }).data?.code })));
  });
}

export const refusal = (client: LiveClient) =>
  new Promise<string | undefined>((resolve) => client.once('connect_error', (err) => resolve((err as { data?: { code?: string } }).data?.code)));
