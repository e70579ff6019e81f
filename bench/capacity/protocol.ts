/** What bench/capacity/run.ts and its load generator (crowd.ts) say to each other, and the media both assume. */

/** A small gallery tile: LiveKit's own 180p preset (320×180, 15 fps, 160 kbit/s). */
export const WIDTH = 320;
export const HEIGHT = 180;
export const FPS = 15;
export const VIDEO_MAX_BITRATE = 160_000;
/** The tone is handed to LiveKit in 100 ms pieces, which it cuts into its own 10 ms frames. */
export const AUDIO_FRAME_MS = 100;

export interface Counts {
  /** Frames handed to the encoders so far, all members together. */
  framesSent: number;
  /** Per subscription (one subscriber, one remote camera): video frames received so far. */
  videoFrames: number[];
  /** Per subscription (one subscriber, one remote microphone): milliseconds of audio received so far. */
  audioMs: number[];
}

export type CrowdCommand = { type: 'join'; url: string; tokens: string[] } | { type: 'count' } | { type: 'leave' } | { type: 'quit' };
export type CrowdReply = { type: 'joined' | 'left'; members: number } | { type: 'counts'; counts: Counts } | { type: 'error'; message: string };
