import { describe, expect, it } from 'vitest';

import { toLines } from './code-lines';

describe('toLines', () => {
  it.each([
    ['a\nb\n', ['a\n', 'b\n']],
    ['a\nb', ['a\n', 'b']],
    ['', ['']],
    ['\n', ['\n']],
    ['a\n\n\nb\n', ['a\n', '\n', '\n', 'b\n']],
  ])('splits %j into %j and joins back to the same text', (content, lines) => {
    expect(toLines(content)).toEqual(lines);
    expect(toLines(content).join('')).toBe(content);
  });
});
