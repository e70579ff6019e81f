import type { LiveSocket } from './live-socket';

const SAMPLES = 5;
const SAMPLE_TIMEOUT_MS = 3_000;

/**
 * How far this device's clock is from the server's, in ms (add it to Date.now() to get server time).
 * Several round trips, keeping the one with the smallest round trip: its midpoint is the best guess
 * at when the server read its clock, and a slow trip only adds error.
 */
export interface ClockSample {
  offset: number;
  roundTrip: number;
}

export async function measureClockOffset(socket: LiveSocket, samples = SAMPLES): Promise<ClockSample | null> {
  let best: { roundTrip: number; offset: number } | null = null;
  for (let i = 0; i < samples; i++) {
    if (!socket.connected) break;
    const sentAt = Date.now();
    try {
      const ack = await socket.timeout(SAMPLE_TIMEOUT_MS).emitWithAck('time:sync', { clientSentAt: sentAt });
      const receivedAt = Date.now();
      if (!ack.ok) continue;
      const roundTrip = receivedAt - sentAt;
      const offset = ack.data.serverNow - (sentAt + receivedAt) / 2;
      if (!best || roundTrip < best.roundTrip) best = { roundTrip, offset };
    } catch {
      // A lost sample is only one fewer; the others still tell us the offset.
    }
  }
  return best ? { offset: Math.round(best.offset), roundTrip: best.roundTrip } : null;
}
