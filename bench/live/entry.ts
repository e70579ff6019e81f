/** What every bench's entry point does the same way: the facts its report opens with, printing and writing that report, and exiting. */
import { writeFileSync } from 'node:fs';

/** The machine and load a run was measured on, as each report states them first. */
export interface RunFacts {
  when: string;
  machine: string;
  node: string;
  livekit: string;
  postgres?: string;
  loadBefore: number[];
  loadAfter: number[];
}

/** Prints the report and, when the run was asked to (`--out`), writes it to that file. */
export function publishReport(text: string, out: string | undefined, log: (line: string) => void) {
  console.log(`\n${text}`);
  if (!out) return;
  writeFileSync(out, text);
  log(`wrote ${out}`);
}

/** Runs a bench and exits with its outcome: a failure's error is printed and the exit code is 1. */
export function runMain(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}

/** A flag's whole number within its bounds, or an error naming the flag. */
export function wholeNumber(name: string, raw: string, min: number, max: number) {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** A flag's comma-separated whole numbers, each once, smallest first. */
export const wholeNumbers = (name: string, raw: string, min: number, max: number) =>
  [...new Set(raw.split(',').map((v) => wholeNumber(name, v, min, max)))].sort((a, b) => a - b);
