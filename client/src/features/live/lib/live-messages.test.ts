import { describe, expect, it } from 'vitest';
import { closedMessage, connectionMessage, refusalMessage, worthRetrying } from './live-messages';

describe('a refused live command, in plain words', () => {
  it('says a dropped connection and a missing answer differently, each with what to do', () => {
    expect(refusalMessage({ ok: false, code: 'OFFLINE', message: 'offline' })).toMatch(/not connected right now.*reconnecting/);
    expect(refusalMessage({ ok: false, code: 'NO_ANSWER', message: 'timeout' })).toMatch(/didn’t answer in time.*Check your connection/);
  });

  it('asks her to slow down when the server throttles a burst of clicks', () => {
    expect(refusalMessage({ ok: false, code: 'THROTTLED', message: 'too many commands' })).toMatch(/^Slow down a little/);
  });

  it('keeps the server’s own sentence when it already says what happened in the room', () => {
    expect(refusalMessage({ ok: false, code: 'NOT_APPLICABLE', message: 'Nobody is waiting to speak.' })).toBe('Nobody is waiting to speak.');
  });

  it('names the value the server would not take', () => {
    expect(refusalMessage({ ok: false, code: 'VALIDATION_FAILED', message: 'seconds: too big' })).toBe('That value isn’t allowed (seconds: too big).');
  });

  it('tells a member that a facilitator’s command is not hers, without the raw code', () => {
    const message = refusalMessage({ ok: false, code: 'FORBIDDEN', message: 'facilitators only' });
    expect(message).toBe('Only the facilitators can do that.');
  });

  it('uses the app’s words for the room’s own codes, such as a mute of someone not in the video room', () => {
    expect(refusalMessage({ ok: false, code: 'NOT_IN_ROOM', message: 'not in the LiveKit room' })).toBe(
      'She isn’t in the video room right now, so there is nothing to mute.',
    );
  });
});

describe('why the live channel would not connect or closed', () => {
  it('says the session ended when the server closes with SESSION_NOT_OPEN, not that it has not opened yet', () => {
    expect(closedMessage('SESSION_NOT_OPEN', 'session not open')).toBe('This session has ended. Thank you for being part of it.');
    expect(connectionMessage('SESSION_NOT_OPEN', 'session not open')).toMatch(/hasn’t opened the session yet/);
  });

  it('explains a removal in the same words the rest of the app uses', () => {
    expect(closedMessage('REMOVED_FROM_SESSION', 'removed')).toMatch(/removed you from this session/);
  });

  it('promises to keep trying when the failure carries no code from Hearth', () => {
    expect(connectionMessage(undefined, 'websocket error')).toMatch(/we’ll keep trying/);
  });

  it('offers a manual retry only when the server gave no verdict', () => {
    expect(worthRetrying(undefined)).toBe(true);
    expect(worthRetrying('INTERNAL')).toBe(true);
    expect(worthRetrying('REMOVED_FROM_SESSION')).toBe(false);
    expect(worthRetrying('NOT_A_MEMBER')).toBe(false);
  });
});
