/**
 * A client worker of bench/live (see clients.ts): owns the rooms the benchmark hands it, drives
 * them when told, and sends back its samples. It exits when the benchmark's IPC channel closes, so
 * a killed benchmark leaves no workers behind.
 */
import { handle, Shard, type Reply, type Request } from './clients.js';

const shard = new Shard();
const reply = (message: Reply) => process.send?.(message);

process.on('message', (request: Request) => {
  Promise.resolve(handle(shard, request)).then(
    (value) => reply({ id: request.id, ok: true, value: value ?? null }),
    (err: unknown) => reply({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
