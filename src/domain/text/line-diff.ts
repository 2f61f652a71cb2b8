/**
 * A small line diff (longest common subsequence), enough to show how one generated file differs
 * between two scenarios. Common leading and trailing lines are matched first; when the rest is too
 * big for the table (`MAX_DIFF_CELLS`), it is shown as removed then added, which is still correct,
 * only less tight.
 */

export type DiffLine = {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
  /** 1-based line number in the first text, null for an added line. */
  readonly aLine: number | null;
  /** 1-based line number in the second text, null for a removed line. */
  readonly bLine: number | null;
};

/** Largest LCS table (rows × columns) built; beyond it the middle is replaced as a block. */
export const MAX_DIFF_CELLS = 2_000_000;

const splitLines = (text: string): string[] => {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/** The lines of `a` and `b` as kept, removed and added lines, in order. */
export const diffLines = (a: string, b: string): DiffLine[] => {
  const x = splitLines(a);
  const y = splitLines(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX -= 1;
    endY -= 1;
  }
  const out: DiffLine[] = [];
  const same = (i: number, j: number): void => {
    out.push({ kind: 'same', text: x[i] ?? '', aLine: i + 1, bLine: j + 1 });
  };
  const removed = (i: number): void => {
    out.push({ kind: 'removed', text: x[i] ?? '', aLine: i + 1, bLine: null });
  };
  const added = (j: number): void => {
    out.push({ kind: 'added', text: y[j] ?? '', aLine: null, bLine: j + 1 });
  };

  for (let i = 0; i < start; i += 1) same(i, i);
  const rows = endX - start;
  const cols = endY - start;
  if (rows * cols > MAX_DIFF_CELLS) {
    for (let i = start; i < endX; i += 1) removed(i);
    for (let j = start; j < endY; j += 1) added(j);
  } else {
    // Lines as integer ids, so the table compares numbers, not strings.
    const ids = new Map<string, number>();
    const idOf = (text: string): number => {
      let id = ids.get(text);
      if (id === undefined) {
        id = ids.size;
        ids.set(text, id);
      }
      return id;
    };
    const xi = Int32Array.from(x.slice(start, endX), idOf);
    const yi = Int32Array.from(y.slice(start, endY), idOf);
    // lcs[i * (cols + 1) + j] = LCS length of xi[i..) and yi[j..).
    const width = cols + 1;
    const lcs = new Uint32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i -= 1) {
      const row = i * width;
      const next = row + width;
      const xv = xi[i];
      for (let j = cols - 1; j >= 0; j -= 1) {
        if (xv === yi[j]) {
          lcs[row + j] = (lcs[next + j + 1] ?? 0) + 1;
        } else {
          const down = lcs[next + j] ?? 0;
          const right = lcs[row + j + 1] ?? 0;
          lcs[row + j] = down >= right ? down : right;
        }
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      if (xi[i] === yi[j]) {
        same(start + i, start + j);
        i += 1;
        j += 1;
      } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
        removed(start + i);
        i += 1;
      } else {
        added(start + j);
        j += 1;
      }
    }
    for (; i < rows; i += 1) removed(start + i);
    for (; j < cols; j += 1) added(start + j);
  }
  for (let k = 0; k < x.length - endX; k += 1) same(endX + k, endY + k);
  return out;
};
