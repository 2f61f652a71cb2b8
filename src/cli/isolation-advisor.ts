/**
 * Entry point of the `isolation-advisor` command (built to dist-cli/isolation-advisor.mjs by
 * vite.cli.config.ts). All logic lives in `run`, which tests run in-process.
 */
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
