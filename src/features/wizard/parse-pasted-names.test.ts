import { describe, expect, it } from 'vitest';

import { parsePastedNames } from './parse-pasted-names';

describe('parsePastedNames', () => {
  it.each([
    ['one per line', 'ingest\ntransform\n', [], ['ingest', 'transform'], []],
    ['commas and spaces', 'a, b;c  d\te', [], ['a', 'b', 'c', 'd', 'e'], []],
    ['Windows line ends', 'a\r\nb\r\n', [], ['a', 'b'], []],
    ['names already present', 'ingest\nmarts', ['ingest'], ['marts'], ['ingest']],
    ['a name repeated in the paste', 'x\nx', [], ['x'], ['x']],
    ['nothing but blanks', ' \n\n , ', [], [], []],
    ['invalid names kept as typed', 'Bad!Name', [], ['Bad!Name'], []],
  ] as const)('%s', (_, text, existing, added, skipped) => {
    expect(parsePastedNames(text, existing)).toEqual({ added, skipped });
  });
});
