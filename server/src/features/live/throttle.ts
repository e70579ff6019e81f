/**
 * A token bucket per connection: bursts of a few clicks pass, a flood is refused with THROTTLED
 * before it reaches the database, and nobody else's commands wait behind it.
 */
export function createThrottle(capacity = 20, refillPerSecond = 5, now = Date.now) {
  let tokens = capacity;
  let last = now();
  return {
    take(): boolean {
      const at = now();
      tokens = Math.min(capacity, tokens + ((at - last) / 1000) * refillPerSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
