import { describe, expect, it } from 'vitest';

import { MAX_DIFF_CELLS, diffLines, type DiffLine } from './line-diff';

/** Compact form: " a", "-b", "+c". */
const show = (lines: readonly DiffLine[]): string[] =>
  lines.map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${l.text}`);

describe('diffLines', () => {
  it.each<[string, string, string, string[]]>([
    ['identical texts', 'a\nb\n', 'a\nb\n', [' a', ' b']],
    ['both empty', '', '', []],
    ['a line added in the middle', 'a\nc\n', 'a\nb\nc\n', [' a', '+b', ' c']],
    ['a line removed at the end', 'a\nb\n', 'a\n', [' a', '-b']],
    ['a line changed', 'a\nb\nc', 'a\nx\nc', [' a', '-b', '+x', ' c']],
    ['from nothing', '', 'a\nb', ['+a', '+b']],
    ['to nothing', 'a\nb', '', ['-a', '-b']],
    [
      'a moved block keeps the longest common run',
      'a\nb\nc\nd',
      'c\nd\na\nb',
      ['-a', '-b', ' c', ' d', '+a', '+b'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(show(diffLines(a, b))).toEqual(expected);
  });

  it('numbers lines in both texts', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc')).toEqual([
      { kind: 'same', text: 'a', aLine: 1, bLine: 1 },
      { kind: 'removed', text: 'b', aLine: 2, bLine: null },
      { kind: 'added', text: 'x', aLine: null, bLine: 2 },
      { kind: 'same', text: 'c', aLine: 3, bLine: 3 },
    ]);
  });

  it('replaces a middle too big for the table as one block, still a correct diff', () => {
    const size = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 10;
    const a = ['head', ...Array.from({ length: size }, (_, i) => `a${i}`), 'tail'].join('\n');
    const b = ['head', ...Array.from({ length: size }, (_, i) => `b${i}`), 'tail'].join('\n');
    const diff = diffLines(a, b);
    expect(diff[0]).toMatchObject({ kind: 'same', text: 'head' });
    expect(diff.at(-1)).toMatchObject({ kind: 'same', text: 'tail' });
    expect(diff.filter((l) => l.kind === 'removed')).toHaveLength(size);
    expect(diff.filter((l) => l.kind === 'added')).toHaveLength(size);
  });
});
