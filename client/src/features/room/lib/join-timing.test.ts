import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOIN_MEASURE, markConnectDone, markConnectStart, markFirstRemoteFrame, markJoinClick, markTokenDone, markTokenStart } from './join-timing';

const measured = (name: string) => performance.getEntriesByName(name, 'measure').length;

describe('the join timing marks bench/join reads from a real page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('measures the token, the connection and the first remote frame of one join', () => {
    markJoinClick();
    markTokenStart();
    markTokenDone();
    markConnectStart();
    markConnectDone();
    markFirstRemoteFrame();
    expect([measured(JOIN_MEASURE.token), measured(JOIN_MEASURE.connect), measured(JOIN_MEASURE.firstRemoteFrame)]).toEqual([1, 1, 1]);
  });

  it('counts only the first remote frame after Join, not every video that paints later', () => {
    markJoinClick();
    markFirstRemoteFrame();
    markFirstRemoteFrame();
    expect(measured(JOIN_MEASURE.firstRemoteFrame)).toBe(1);
  });

  it('starts each join afresh, so two joins never mix in one reading', () => {
    markJoinClick();
    markTokenStart();
    markTokenDone();
    markJoinClick();
    expect(measured(JOIN_MEASURE.token)).toBe(0);
  });

  it('never stops her joining in a browser whose User Timing throws', () => {
    vi.spyOn(performance, 'mark').mockImplementation(() => {
      throw new Error('User Timing is not available');
    });
    expect(() => {
      markJoinClick();
      markTokenStart();
      markTokenDone();
      markFirstRemoteFrame();
    }).not.toThrow();
  });
});
