/**
 * Started by bench/capacity/run.ts with an IPC channel: the load generator. Every participant is a
 * real LiveKit client (@livekit/rtc-node) that publishes a tone and a small moving picture, as a
 * member with camera and microphone on, and subscribes to everyone else in her room, as the
 * gallery does. It runs in a process of its own so that its CPU (encoding and decoding) is read
 * apart from LiveKit's.
 */
import {
  AudioFrame,
  AudioSource,
  AudioStream,
  dispose,
  LocalAudioTrack,
  LocalVideoTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  VideoBufferType,
  VideoCodec,
  VideoFrame,
  VideoSource,
  VideoStream,
  type RemoteTrack,
} from '@livekit/rtc-node';
import { AUDIO_FRAME_MS, FPS, HEIGHT, VIDEO_MAX_BITRATE, WIDTH, type Counts, type CrowdCommand, type CrowdReply } from './protocol.js';
import { movingPicture } from './picture.js';

const RATE = 48_000;
const CONNECTING_AT_ONCE = 4;
const LEAVE_MS = 10_000;

interface Member {
  room: Room;
  audio: AudioSource;
  video: VideoSource;
  running: boolean;
  audioLoop: Promise<void>;
}

const members: Member[] = [];
/** Per subscription: video frames, and milliseconds of audio, received so far. */
const videoFrames = new Map<string, number>();
const audioMs = new Map<string, number>();
let framesSent = 0;

const tone = Int16Array.from({ length: (RATE * AUDIO_FRAME_MS) / 1000 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / RATE)));
const pictures = movingPicture(WIDTH, HEIGHT, FPS * 2);
let tick = 0;
// One clock for every camera: a timer per member would be as many timers as there are members.
const camera = setInterval(() => {
  tick += 1;
  for (const [i, m] of members.entries()) {
    if (!m.running) continue;
    const data = pictures[(tick + i * 7) % pictures.length] as Uint8Array;
    m.video.captureFrame(new VideoFrame(data, WIDTH, HEIGHT, VideoBufferType.I420));
    framesSent += 1;
  }
}, 1000 / FPS);

/** Counts what arrives on one subscription; the key is stable for the step (subscriber and track). */
function count(track: RemoteTrack, key: string) {
  if (track.kind === TrackKind.KIND_VIDEO) {
    videoFrames.set(key, 0);
    void (async () => {
      for await (const _frame of new VideoStream(track)) videoFrames.set(key, (videoFrames.get(key) ?? 0) + 1);
    })().catch(() => {});
  } else {
    audioMs.set(key, 0);
    void (async () => {
      for await (const frame of new AudioStream(track, { sampleRate: RATE, numChannels: 1, frameSizeMs: 100 })) {
        audioMs.set(key, (audioMs.get(key) ?? 0) + (1000 * frame.samplesPerChannel) / frame.sampleRate);
      }
    })().catch(() => {});
  }
}

async function joinOne(url: string, token: string, index: number) {
  const room = new Room();
  // Each subscribed track listens on her room; a gallery of 8 passes Node's default warning at 10.
  room.setMaxListeners(64);
  room.on(RoomEvent.TrackSubscribed, (track, publication, participant) => count(track, `${index}/${participant.identity}/${publication.sid}`));
  await room.connect(url, token, { autoSubscribe: true, dynacast: false });
  const local = room.localParticipant;
  if (!local) throw new Error('connected without a local participant');

  const audio = new AudioSource(RATE, 1);
  const mic = new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE });
  await local.publishTrack(LocalAudioTrack.createAudioTrack('microphone', audio), mic);
  const video = new VideoSource(WIDTH, HEIGHT);
  // One layer at LiveKit's own preset for 180p; simulcast would add layers no one asks for at this size.
  const cam = new TrackPublishOptions({
    source: TrackSource.SOURCE_CAMERA,
    simulcast: false,
    videoCodec: VideoCodec.VP8,
    videoEncoding: { maxBitrate: BigInt(VIDEO_MAX_BITRATE), maxFramerate: FPS },
  });
  await local.publishTrack(LocalVideoTrack.createVideoTrack('camera', video), cam);

  const member: Member = { room, audio, video, running: true, audioLoop: Promise.resolve() };
  // The source paces this loop: captureFrame waits while its queue is full.
  member.audioLoop = (async () => {
    while (member.running) await audio.captureFrame(new AudioFrame(tone, RATE, 1, tone.length));
  })().catch(() => {});
  members.push(member);
}

async function join(url: string, tokens: string[]) {
  let next = 0;
  const lane = async () => {
    while (next < tokens.length) {
      const index = next++;
      await joinOne(url, tokens[index] as string, index);
    }
  };
  await Promise.all(Array.from({ length: CONNECTING_AT_ONCE }, lane));
}

function counts(): Counts {
  return { framesSent, videoFrames: [...videoFrames.values()], audioMs: [...audioMs.values()] };
}

async function leave() {
  const leaving = members.splice(0);
  for (const m of leaving) m.running = false;
  const goOne = async (m: Member) => {
    await m.audioLoop;
    await m.room.disconnect().catch(() => {});
    await Promise.all([m.audio.close(), m.video.close()]).catch(() => {});
  };
  // A disconnect that never answers must not keep the next step from starting; LiveKit drops her anyway once the room is deleted.
  await Promise.all(leaving.map((m) => Promise.race([goOne(m), new Promise((r) => setTimeout(r, LEAVE_MS))])));
  videoFrames.clear();
  audioMs.clear();
  return leaving.length;
}

async function quit() {
  clearInterval(camera);
  await leave();
  await dispose();
  process.exit(0);
}

if (!process.send) {
  console.error('bench/capacity/crowd.ts is started by bench/capacity/run.ts');
  process.exit(2);
}
const reply = (message: CrowdReply) => process.send?.(message);

process.on('message', (command: CrowdCommand) => {
  const done =
    command.type === 'join'
      ? join(command.url, command.tokens).then(() => reply({ type: 'joined', members: members.length }))
      : command.type === 'count'
        ? Promise.resolve(reply({ type: 'counts', counts: counts() }))
        : command.type === 'leave'
          ? leave().then((left) => reply({ type: 'left', members: left }))
          : quit();
  done.catch((err: unknown) => reply({ type: 'error', message: String(err) }));
});
// The benchmark is gone (finished, crashed or killed): nobody is left in a room.
process.on('disconnect', () => void quit());
