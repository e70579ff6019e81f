/**
 * A soft two-note chime, made with Web Audio (no sound file to fetch or allow in the CSP): quiet,
 * low and short, so an arrival is noticed without startling a room in a hard moment.
 */
let context: AudioContext | undefined;

export function playChime() {
  try {
    context ??= new AudioContext();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume();
    const start = ctx.currentTime + 0.02;
    [523.25, 659.25].forEach((frequency, i) => {
      const at = start + i * 0.18;
      const tone = ctx.createOscillator();
      const gain = ctx.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.06, at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      tone.connect(gain).connect(ctx.destination);
      tone.start(at);
      tone.stop(at + 1);
    });
  } catch {
    // No sound is no loss: the toast and the announcement still say it.
  }
}

const CHIME_KEY = 'hearth:arrival-chime';

/** On unless she turned it off on this device. */
export const chimeWanted = () => {
  try {
    return localStorage.getItem(CHIME_KEY) !== 'off';
  } catch {
    return true;
  }
};

export const setChimeWanted = (on: boolean) => {
  try {
    localStorage.setItem(CHIME_KEY, on ? 'on' : 'off');
  } catch {
    // Private windows may refuse storage; the choice then lasts only for this visit.
  }
};
