/**
 * A reader that closes early (`isolation-advisor '<link>' --out DIR | head -1`) is normal for a
 * command line. Node reports the closed pipe as an `EPIPE` 'error' event on the stream, which,
 * unhandled, ends the process with a stack trace and status 1 even though the command did its
 * work. Like the `exit-on-epipe` and `epipebomb` packages we handle `EPIPE` on the stream, but
 * instead of exiting at once with 0 (which would hide a drift found by `check`) we stop writing
 * to that stream and let the command end with the status it would have had: a pipeline under
 * `set -o pipefail` still sees 1 for drift. Other write errors (EIO, ENOSPC on a redirect) are
 * real: one line on stderr and the usage/I-O status, never a stack trace.
 */
import type { EventEmitter } from 'node:events';

/** The part of `process.stdout` / `process.stderr` this needs (a fake in tests). */
export type OutStream = Pick<EventEmitter, 'on'> & { write: (text: string) => unknown };

/** Codes of a reader that went away: the first write fails with EPIPE, later ones find the stream destroyed. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * A writer to `stream` that goes quiet once its reader has closed the pipe. `onError` gets any
 * other write error (the caller prints one line and sets the exit status).
 */
export const quietOnClosedPipe = (
  stream: OutStream,
  onError: (error: NodeJS.ErrnoException) => void,
): { write: (text: string) => void; closed: () => boolean } => {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (CLOSED.has(error.code ?? '')) {
      closed = true;
      return;
    }
    onError(error);
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    closed: () => closed,
  };
};
