/**
 * Where the benchmark's clients live: rooms spread over worker processes (`--workers`), so at
 * thousands of sockets the load generator is not what is measured. A worker owns whole rooms —
 * the facilitator and every member — so each fan-out is still timed on one process's clock, from
 * the emit to the last member holding the acked version. With no workers the rooms live in the
 * benchmark's own process, as they did before.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connect, drive, Room, type DriveOptions, type DriveResult, type SocketSpec } from './load.js';
import { inBatches } from './setup.js';

const WORKER = fileURLToPath(new URL('./client-worker.ts', import.meta.url));

/** One room to open: its sockets (the facilitator first) and its index in the whole run. */
export interface RoomSpec {
  index: number;
  sockets: SocketSpec[];
}

export interface ShardResult extends DriveResult {
  /** CPU this process spent on the chunk, seconds (user + system). */
  cpuSeconds: number;
}

/** Rooms in one process: opened, driven in chunks, closed. The worker wraps exactly this. */
export class Shard {
  private rooms: Room[] = [];
  private indexes: number[] = [];

  async open(specs: RoomSpec[], timeoutMs: number) {
    const opened = await inBatches(specs, 4, (spec) => openRoom(spec.sockets, timeoutMs));
    this.rooms.push(...opened);
    this.indexes.push(...specs.map((s) => s.index));
    return opened.reduce((n, room) => n + room.sockets.length, 0);
  }

  async drive(opts: DriveOptions): Promise<ShardResult> {
    const before = process.cpuUsage();
    const result = await drive(this.rooms, opts);
    const spent = process.cpuUsage(before);
    // drive() numbers rooms by their place in this shard; the report wants the run's numbering.
    for (const s of result.samples) s.room = this.indexes[s.room] ?? s.room;
    return { ...result, cpuSeconds: (spent.user + spent.system) / 1e6 };
  }

  close() {
    for (const room of this.rooms) room.close();
  }
}

/** Connects a room's sockets, waits for each one's first state, and starts its session. */
export async function openRoom(specs: SocketSpec[], timeoutMs: number): Promise<Room> {
  const sockets = await Promise.all(specs.map((spec) => connect(spec)));
  const [facilitator, ...members] = sockets;
  if (!facilitator) throw new Error('a room needs a facilitator');
  const room = new Room(facilitator, members);
  const ack = (await facilitator.socket.timeout(timeoutMs).emitWithAck('session:start', {})) as { ok: boolean };
  if (!ack.ok) throw new Error(`session:start refused: ${JSON.stringify(ack)}`);
  return room;
}

/** The messages between the benchmark and a worker; every request is answered with its id. */
export type Command = { type: 'open'; specs: RoomSpec[]; timeoutMs: number } | { type: 'drive'; opts: DriveOptions };
export type Request = Command & { id: number };
export type Reply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: string });

interface Remote {
  call<T>(request: Command): Promise<T>;
  kill(): void;
}

function startWorker(onPid: (pid: number) => void): Remote {
  const child: ChildProcess = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  if (child.pid !== undefined) onPid(child.pid);
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  child.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.value);
    else waiter?.reject(new Error(reply.error));
  });
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`a client worker exited (${code ?? signal})`));
    pending.clear();
  });
  return {
    call: <T>(request: Command) =>
      new Promise<T>((resolve, reject) => {
        if (!child.connected) return reject(new Error('a client worker is gone'));
        const id = ++nextId;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ ...request, id });
      }),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export interface ClientPool {
  /** Opens every room (room r on worker r mod N) and returns the sockets connected. */
  open(specs: RoomSpec[], timeoutMs: number): Promise<number>;
  /** One chunk on every room at once; the samples of all workers, the CPU they spent summed. */
  drive(opts: DriveOptions): Promise<ShardResult>;
  close(): void;
}

export function clientPool(workers: number, onPid: (pid: number) => void): ClientPool {
  const shards: Remote[] = workers === 0 ? [inProcess(new Shard())] : Array.from({ length: workers }, () => startWorker(onPid));
  const merge = (results: ShardResult[]): ShardResult => ({
    samples: results.flatMap((r) => r.samples),
    lateTicks: results.reduce((n, r) => n + r.lateTicks, 0),
    seconds: Math.max(...results.map((r) => r.seconds)),
    cpuSeconds: results.reduce((n, r) => n + r.cpuSeconds, 0),
  });
  return {
    async open(specs, timeoutMs) {
      const parts = shards.map((shard, w) => shard.call<number>({ type: 'open', specs: specs.filter((s) => s.index % shards.length === w), timeoutMs }));
      return (await Promise.all(parts)).reduce((a, b) => a + b, 0);
    },
    async drive(opts) {
      return merge(await Promise.all(shards.map((shard) => shard.call<ShardResult>({ type: 'drive', opts }))));
    },
    // Killing a worker closes its sockets with it; called twice (the run's end, then the cleanup), it is a no-op.
    close() {
      for (const shard of shards) shard.kill();
    },
  };
}

/** The same calls answered in this process: `--workers 0`. */
function inProcess(shard: Shard): Remote {
  return {
    call: async <T>(request: Command): Promise<T> => {
      const value = await handle(shard, request);
      // The benchmark's own CPU is counted already (cpuSnapshot's `self`): count it once.
      return (request.type === 'drive' ? { ...(value as ShardResult), cpuSeconds: 0 } : value) as T;
    },
    kill: () => shard.close(),
  };
}

export function handle(shard: Shard, request: Command): Promise<unknown> {
  switch (request.type) {
    case 'open':
      return shard.open(request.specs, request.timeoutMs);
    case 'drive':
      return shard.drive(request.opts);
  }
}
