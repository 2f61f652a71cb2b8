import { describe, expect, it } from 'vitest';

import { unifiedDiff } from './line-diff';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x')).toBe('');
  });

  it('shows an added line with context and hunk ranges', () => {
    const before = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'].join('\n');
    const after = ['l1', 'l2', 'l3', 'l4', 'new', 'l5', 'l6', 'l7', 'l8'].join('\n');
    expect(unifiedDiff(before, after, 'a/f', 'b/f')).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -2,6 +2,7 @@',
        ' l2',
        ' l3',
        ' l4',
        '+new',
        ' l5',
        ' l6',
        ' l7',
        '',
      ].join('\n'),
    );
  });

  it('shows a new file', () => {
    expect(unifiedDiff('', 'a\nb\n', '/dev/null', 'b/f')).toBe(
      ['--- /dev/null', '+++ b/f', '@@ -0,0 +1,2 @@', '+a', '+b', ''].join('\n'),
    );
  });

  it('splits distant changes into separate hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const after = before.map((l, i) => (i === 1 || i === 18 ? `${l}!` : l));
    const diff = unifiedDiff(before.join('\n'), after.join('\n'), 'a', 'b');
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toContain('-l1\n+l1!');
    expect(diff).toContain('-l18\n+l18!');
  });
});
