/**
 * Performance marks along the way from pressing Join to seeing someone, so bench/join can read
 * where the time goes (token, connect, first remote frame) from a real page. The names are a
 * contract with bench/join/run.ts.
 */
export const JOIN_MARK = {
  click: 'hearth:join:click',
  tokenStart: 'hearth:token:start',
  tokenDone: 'hearth:token:done',
  connectStart: 'hearth:connect:start',
  connectDone: 'hearth:connect:done',
  firstRemoteFrame: 'hearth:first-remote-frame',
} as const;

export const JOIN_MEASURE = {
  token: 'hearth:token',
  connect: 'hearth:connect',
  firstRemoteFrame: 'hearth:join-to-first-remote-frame',
} as const;

let waitingForFirstFrame = false;

// Marks must never break joining, e.g. in a browser without the User Timing API.
function safely(action: () => void) {
  try {
    action();
  } catch {
    /* timing is a nicety */
  }
}

/** A new join: earlier marks would mix two joins in one reading. */
export function markJoinClick() {
  safely(() => {
    for (const name of Object.values(JOIN_MARK)) performance.clearMarks(name);
    for (const name of Object.values(JOIN_MEASURE)) performance.clearMeasures(name);
    performance.mark(JOIN_MARK.click);
  });
  waitingForFirstFrame = true;
}

export const markTokenStart = () => safely(() => performance.mark(JOIN_MARK.tokenStart));
export const markTokenDone = () =>
  safely(() => {
    performance.mark(JOIN_MARK.tokenDone);
    performance.measure(JOIN_MEASURE.token, JOIN_MARK.tokenStart, JOIN_MARK.tokenDone);
  });

export const markConnectStart = () => safely(() => performance.mark(JOIN_MARK.connectStart));
export const markConnectDone = () =>
  safely(() => {
    performance.mark(JOIN_MARK.connectDone);
    performance.measure(JOIN_MEASURE.connect, JOIN_MARK.connectStart, JOIN_MARK.connectDone);
  });

/** Called by every remote video on its first painted frame; only the first after Join counts. */
export function markFirstRemoteFrame() {
  if (!waitingForFirstFrame) return;
  waitingForFirstFrame = false;
  safely(() => {
    performance.mark(JOIN_MARK.firstRemoteFrame);
    performance.measure(JOIN_MEASURE.firstRemoteFrame, JOIN_MARK.click, JOIN_MARK.firstRemoteFrame);
  });
}
