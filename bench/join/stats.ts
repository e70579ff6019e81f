/** Small, exact statistics for a handful of samples: no interpolation, so every figure is a real run. */

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Nearest-rank percentile: with 15 runs, p95 is the slowest run (rank 15 of 15); with 20, the second slowest. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');
