/**
 * A small unified diff (the `diff -u` / `git diff` text format) over the shared longest-common-
 * subsequence line diff. Enough for config files of a few hundred lines; no dependency.
 */
import { diffLines } from '../text/line-diff';

type Op = { kind: ' ' | '-' | '+'; text: string };

const OP_KIND = { same: ' ', removed: '-', added: '+' } as const;

/** The shared line diff (../text/line-diff), as unified-diff operations. */
const editScript = (before: string, after: string): Op[] =>
  diffLines(before, after).map((line) => ({ kind: OP_KIND[line.kind], text: line.text }));

const range = (start: number, count: number): string =>
  count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;

/**
 * Unified diff from `before` to `after`; "" when they are equal. Use "/dev/null" as `fromPath`
 * for a new file.
 */
export const unifiedDiff = (
  before: string,
  after: string,
  fromPath: string,
  toPath: string,
  context = 3,
): string => {
  const ops = editScript(before, after);
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  if (changed.length === 0) return '';

  // Group changes whose context windows touch into hunks of op indexes [from, to).
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const from = Math.max(0, index - context);
    const to = Math.min(ops.length, index + context + 1);
    const last = hunks[hunks.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  }

  // Line numbers before each op.
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 1;
  let nw = 1;
  for (const op of ops) {
    oldLine.push(o);
    newLine.push(nw);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') nw++;
  }

  const out = [`--- ${fromPath}`, `+++ ${toPath}`];
  for (const [from, to] of hunks) {
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out.push(
      `@@ -${range(oldLine[from] ?? 1, oldCount)} +${range(newLine[from] ?? 1, newCount)} @@`,
    );
    for (const op of slice) out.push(`${op.kind}${op.text}`);
  }
  return `${out.join('\n')}\n`;
};
