/**
 * The command line's dispatch: `isolation-advisor check …` runs the drift check (check.ts),
 * `--version` prints the version, anything else writes the files of a share link (main.ts).
 */
import { runCheck } from './check';
import { EXIT, main, type CliIo } from './main';
import { CLI_VERSION } from './version';

/** Runs the command; returns the exit code and never calls process.exit. */
export const run = (argv: readonly string[], io: CliIo): number => {
  const [first, ...rest] = argv;
  if (first === 'check') return runCheck(rest, io);
  if (first === '--version' || first === '-v') {
    io.stdout(`isolation-advisor ${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  return main(argv, io);
};
