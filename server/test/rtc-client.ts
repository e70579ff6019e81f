/**
 * Real LiveKit clients without a browser (@livekit/rtc-node), for tests of what LiveKit itself lets
 * in: one person publishes a tone, another counts the audio frames she receives.
 */
import { AudioFrame, AudioSource, AudioStream, dispose, LocalAudioTrack, Room, RoomEvent, TrackKind, TrackPublishOptions, TrackSource } from '@livekit/rtc-node';

const RATE = 48_000;
const FRAME = RATE / 100; // 10 ms

export interface Speaker {
  stop(): Promise<void>;
}

/** Connects and publishes a microphone track carrying a tone until stopped. */
export async function speak(url: string, token: string): Promise<Speaker> {
  const room = new Room();
  await room.connect(url, token, { autoSubscribe: false, dynacast: false });
  const source = new AudioSource(RATE, 1);
  const track = LocalAudioTrack.createAudioTrack('microphone', source);
  const options = new TrackPublishOptions();
  options.source = TrackSource.SOURCE_MICROPHONE;
  await room.localParticipant!.publishTrack(track, options);
  let running = true;
  const samples = Int16Array.from({ length: FRAME }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / RATE)));
  const loop = (async () => {
    while (running) await source.captureFrame(new AudioFrame(samples, RATE, 1, FRAME));
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await track.close();
      await room.disconnect();
    },
  };
}

export interface Listener {
  room: Room;
  /** Audio frames received so far, across every remote microphone. */
  frames(): number;
  /** Resolves with the time LiveKit put her out (or the connection failed). */
  gone: Promise<number>;
  leave(): Promise<void>;
}

/**
 * Connects with a token and counts the audio she hears. A refused connection (the room is gone)
 * resolves `gone` instead of throwing, since "never got in" and "put out" both mean she is out.
 */
export async function listen(url: string, token: string): Promise<Listener> {
  const room = new Room();
  let frames = 0;
  let resolveGone!: (at: number) => void;
  const gone = new Promise<number>((resolve) => (resolveGone = resolve));
  room.on(RoomEvent.Disconnected, () => resolveGone(Date.now()));
  room.on(RoomEvent.TrackSubscribed, (track) => {
    if (track.kind !== TrackKind.KIND_AUDIO) return;
    void (async () => {
      for await (const _frame of new AudioStream(track, RATE, 1)) frames += 1;
    })().catch(() => {});
  });
  await room.connect(url, token, { autoSubscribe: true, dynacast: false }).catch(() => resolveGone(Date.now()));
  return { room, frames: () => frames, gone, leave: () => room.disconnect() };
}

export { until } from './until.js';

export const disposeRtc = dispose;
