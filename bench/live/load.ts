/**
 * The clients and the load: rooms of one facilitator and N members, each socket recording when
 * each state version reached it, and a driver that sends a realistic cycle of commands per room at
 * a fixed rate and times each one from the emit to the last member holding the acked version.
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

/** One command of the cycle; `by: 'member'` is sent by the cycle's current member. */
export interface Step {
  by: 'facilitator' | 'member';
  event: string;
  payload: Record<string, unknown>;
}

/**
 * A member raises her hand, the facilitator gives her the floor (which starts her turn timer),
 * pauses and resumes the timer, and ends her turn. Every step is accepted by the reducer when the
 * previous one has been, so a refusal means something went wrong, not that the mix is odd.
 */
export const CYCLE: Step[] = [
  { by: 'member', event: 'hand:raise', payload: {} },
  { by: 'facilitator', event: 'floor:next', payload: {} },
  { by: 'facilitator', event: 'timer:pause', payload: {} },
  { by: 'facilitator', event: 'timer:resume', payload: {} },
  { by: 'facilitator', event: 'floor:end', payload: {} },
];
/** Commands the facilitator sends per cycle; her rate must stay under the server's refill rate. */
export const FACILITATOR_SHARE = CYCLE.filter((s) => s.by === 'facilitator').length / CYCLE.length;

type Ack = { ok: true; data: { version: number } } | { ok: false; code: string; message: string };
interface Versioned {
  version: number;
}

/** A connected socket and the time (performance.now) each version first reached it. */
export class Tracked {
  readonly arrivals: [version: number, at: number][] = [];
  latest = -1;
  /** The largest state received, once keepLargest() was called (it costs a stringify per state). */
  largest: unknown;
  private largestBytes = -1;
  onArrival: () => void = () => {};

  constructor(readonly socket: Socket) {
    socket.on('state', (state: Versioned) => {
      const at = performance.now();
      if (this.largestBytes >= 0) this.measure(state);
      if (state.version <= this.latest) return;
      this.latest = state.version;
      this.arrivals.push([state.version, at]);
      if (this.arrivals.length > 64) this.arrivals.splice(0, 32);
      this.onArrival();
    });
  }

  keepLargest() {
    this.largestBytes = 0;
  }

  private measure(state: unknown) {
    const size = JSON.stringify(state).length;
    if (size <= this.largestBytes) return;
    this.largestBytes = size;
    this.largest = state;
  }

  /** When the first state with at least this version arrived. */
  firstAt(version: number): number | undefined {
    let found: number | undefined;
    for (let i = this.arrivals.length - 1; i >= 0; i--) {
      const entry = this.arrivals[i];
      if (!entry || entry[0] < version) break;
      found = entry[1];
    }
    return found;
  }
}

export interface SocketSpec {
  url: string;
  auth: Record<string, unknown>;
  cookie?: string;
}

/** Connects over websocket only, as the app's clients do, and resolves with the first state. */
export function connect(spec: SocketSpec, timeoutMs = 15_000): Promise<Tracked> {
  const socket = io(`${spec.url}/live`, {
    transports: ['websocket'],
    extraHeaders: spec.cookie ? { cookie: `hearth_session=${spec.cookie}` } : {},
    auth: spec.auth,
    reconnection: false,
    forceNew: true,
    timeout: timeoutMs,
  });
  const tracked = new Tracked(socket);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('no first state')), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      socket.close();
      reject(err);
    };
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => fail(new Error(`refused: ${err.data?.code ?? err.message}`)));
    socket.once('state', () => {
      clearTimeout(timer);
      resolve(tracked);
    });
  });
}

export class Room {
  /** Commands this room has sent so far: where it is in the cycle, across chunks. */
  sent = 0;
  private waiters = new Set<{ version: number; done: (at: number) => void }>();

  constructor(
    readonly facilitator: Tracked,
    readonly members: Tracked[],
  ) {
    for (const m of members) m.onArrival = () => this.check();
  }

  get sockets() {
    return [this.facilitator, ...this.members];
  }

  /** Resolves with when the last member got `version`, or undefined after `timeoutMs`. */
  lastMemberAt(version: number, timeoutMs: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const waiter = {
        version,
        done: (at: number) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(at);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.add(waiter);
      this.check();
    });
  }

  private check() {
    for (const waiter of this.waiters) {
      let last = 0;
      for (const m of this.members) {
        const at = m.latest >= waiter.version ? m.firstAt(waiter.version) : undefined;
        if (at === undefined) {
          last = -1;
          break;
        }
        last = Math.max(last, at);
      }
      if (last >= 0) waiter.done(last);
    }
  }

  close() {
    for (const s of this.sockets) s.socket.close();
  }
}

export interface Sample {
  room: number;
  event: string;
  by: Step['by'];
  ok: boolean;
  code?: string;
  ackMs?: number;
  /** Emit to the last member holding the acked version; undefined when it never arrived in time. */
  fanoutMs?: number;
}

export interface DriveOptions {
  iterations: number;
  warmup: number;
  intervalMs: number;
  timeoutMs: number;
}

export interface DriveResult {
  samples: Sample[];
  /** Commands that finished after the next one was due: the room could not keep the rate. */
  lateTicks: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Each room sends one command per interval (from a random phase), waiting for its fan-out before
 * the next, so a room never has two commands in flight and a slow fan-out shows as a late tick.
 * Chunks should be whole cycles, so no turn timer is left running between them.
 */
export async function drive(rooms: Room[], opts: DriveOptions): Promise<DriveResult> {
  const samples: Sample[] = [];
  let lateTicks = 0;
  const started = performance.now();
  await Promise.all(
    rooms.map(async (room, r) => {
      let slot = performance.now() + Math.random() * opts.intervalMs;
      for (let i = 0; i < opts.warmup + opts.iterations; i++) {
        await sleep(slot - performance.now());
        const step = CYCLE[room.sent % CYCLE.length] as Step;
        const turn = Math.floor(room.sent / CYCLE.length) % room.members.length;
        const sender = step.by === 'facilitator' ? room.facilitator : (room.members[turn] as Tracked);
        const sample = await send(room, r, sender, step, opts.timeoutMs);
        room.sent++;
        if (i >= opts.warmup) samples.push(sample);
        const next = slot + opts.intervalMs;
        if (performance.now() > next) lateTicks++;
        slot = Math.max(next, performance.now());
      }
    }),
  );
  return { samples, lateTicks, seconds: (performance.now() - started) / 1000 };
}

async function send(room: Room, r: number, sender: Tracked, step: Step, timeoutMs: number): Promise<Sample> {
  const base = { room: r, event: step.event, by: step.by };
  // A server that died would otherwise cost a timeout per remaining command: stop the run instead.
  const lost = room.sockets.find((s) => !s.socket.connected);
  if (lost) throw new Error(`room ${r} lost a connection (${lost.socket.io.opts.hostname}:${lost.socket.io.opts.port}); did a server die?`);
  const t0 = performance.now();
  let ack: Ack;
  try {
    ack = (await sender.socket.timeout(timeoutMs).emitWithAck(step.event, step.payload)) as Ack;
  } catch {
    return { ...base, ok: false, code: 'NO_ACK' };
  }
  const ackMs = performance.now() - t0;
  if (!ack.ok) return { ...base, ok: false, code: ack.code, ackMs };
  const at = await room.lastMemberAt(ack.data.version, timeoutMs);
  return { ...base, ok: true, ackMs, ...(at === undefined ? {} : { fanoutMs: at - t0 }) };
}
