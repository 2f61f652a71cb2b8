// @vitest-environment node
/**
 * A reader that closes the pipe early is normal (`isolation-advisor … | head -1`): the command
 * goes quiet on that stream and keeps its status; other write errors reach the caller. The
 * child-process test of the built command is in package.test.ts (it needs the build).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';

import { quietOnClosedPipe } from './closed-pipe';

/** A stream that records writes and emits the error a write would get. */
const fakeStream = () => {
  const emitter = new EventEmitter();
  const written: string[] = [];
  return {
    emitter,
    written,
    stream: {
      on: emitter.on.bind(emitter),
      write: (text: string) => written.push(text),
    },
  };
};

const errnoError = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`write ${code}`), { code });

describe('a closed pipe on the output', () => {
  it.each([
    ['EPIPE', true],
    ['ERR_STREAM_DESTROYED', true],
    ['EIO', false],
    ['ENOSPC', false],
  ])('%s: quiet from then on %s, else reported', (code, quiet) => {
    const { emitter, written, stream } = fakeStream();
    const reported: string[] = [];
    const out = quietOnClosedPipe(stream, (e) => reported.push(e.code ?? ''));
    out.write('first\n');
    // Unhandled, this 'error' event is what printed the stack trace.
    expect(() => emitter.emit('error', errnoError(code))).not.toThrow();
    out.write('second\n');
    expect(out.closed()).toBe(quiet);
    expect(written).toEqual(quiet ? ['first\n'] : ['first\n', 'second\n']);
    expect(reported).toEqual(quiet ? [] : [code]);
  });
});
