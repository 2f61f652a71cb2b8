/**
 * Entry point of the `isolation-advisor` command (built to dist-cli/isolation-advisor.mjs by
 * vite.cli.config.ts). All logic lives in `run`, which tests run in-process; a reader that closes
 * the pipe early only silences the output (closed-pipe.ts).
 */
import { quietOnClosedPipe } from './closed-pipe';
import { EXIT } from './main';
import { run } from './run';

const stderr = quietOnClosedPipe(process.stderr, () => {
  process.exitCode = EXIT.usage;
});
const stdout = quietOnClosedPipe(process.stdout, (error) => {
  stderr.write(`isolation-advisor: cannot write the output (${error.code ?? error.message}).\n`);
  process.exitCode = EXIT.usage;
});

process.exitCode = run(process.argv.slice(2), { stdout: stdout.write, stderr: stderr.write });
