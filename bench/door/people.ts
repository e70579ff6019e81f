/**
 * Started by bench/door/run.ts with an IPC channel: holds the real LiveKit participants
 * (@livekit/rtc-node) in a process of their own, so their media threads' CPU is not counted as the
 * door's. Nobody publishes or subscribes; each just holds her seat in the room.
 */
import { dispose, Room } from '@livekit/rtc-node';

export type PeopleCommand = { type: 'join'; url: string; tokens: string[] } | { type: 'leave' } | { type: 'quit' };
export type PeopleReply = { type: 'joined' | 'left'; count: number } | { type: 'error'; message: string };

const CONNECTING_AT_ONCE = 6;
const rooms: Room[] = [];

async function join(url: string, tokens: string[]) {
  let next = 0;
  const lane = async () => {
    while (next < tokens.length) {
      const room = new Room();
      const token = tokens[next++] as string;
      await room.connect(url, token, { autoSubscribe: false, dynacast: false });
      rooms.push(room);
    }
  };
  await Promise.all(Array.from({ length: CONNECTING_AT_ONCE }, lane));
}

async function leave() {
  const leaving = rooms.splice(0);
  await Promise.all(leaving.map((room) => room.disconnect().catch(() => {})));
  return leaving.length;
}

async function quit() {
  await leave();
  await dispose();
  process.exit(0);
}

if (!process.send) {
  console.error('bench/door/people.ts is started by bench/door/run.ts');
  process.exit(2);
}
const reply = (message: PeopleReply) => process.send?.(message);

process.on('message', (command: PeopleCommand) => {
  const done =
    command.type === 'join'
      ? join(command.url, command.tokens).then(() => reply({ type: 'joined', count: rooms.length }))
      : command.type === 'leave'
        ? leave().then((count) => reply({ type: 'left', count }))
        : quit();
  done.catch((err: unknown) => reply({ type: 'error', message: String(err) }));
});
// The benchmark is gone (finished, crashed or killed): nobody is left in a room.
process.on('disconnect', () => void quit());
