/** For the CLI's tests: a `CliIo` that records what a command prints, run in `cwd`. */
import type { CliIo } from './main';

/** What a command printed so far. */
export type Printed = { stdout: string; stderr: string };

/** An io that appends to `printed` and runs in `cwd`. */
export const recordingIo = (printed: Printed, cwd: string): CliIo => ({
  stdout: (t: string) => {
    printed.stdout += t;
  },
  stderr: (t: string) => {
    printed.stderr += t;
  },
  cwd,
});
