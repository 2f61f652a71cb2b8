/**
 * A small unified diff (the `diff -u` / `git diff` text format) built from lines with a longest
 * common subsequence. Enough for config files of a few hundred lines; no dependency.
 */

type Op = { kind: ' ' | '-' | '+'; text: string };

/** Above this many line pairs the diff shows a full replacement instead of computing the LCS. */
const MAX_CELLS = 4_000_000;

const splitLines = (text: string): string[] => {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

const editScript = (a: readonly string[], b: readonly string[]): Op[] => {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [
      ...a.map((text): Op => ({ kind: '-', text })),
      ...b.map((text): Op => ({ kind: '+', text })),
    ];
  }
  // lcs[i * (m + 1) + j] = LCS length of a[i..] and b[j..]
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] ?? '' });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      ops.push({ kind: '-', text: a[i] ?? '' });
      i++;
    } else {
      ops.push({ kind: '+', text: b[j] ?? '' });
      j++;
    }
  }
  while (i < n) ops.push({ kind: '-', text: a[i++] ?? '' });
  while (j < m) ops.push({ kind: '+', text: b[j++] ?? '' });
  return ops;
};

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
  const ops = editScript(splitLines(before), splitLines(after));
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
