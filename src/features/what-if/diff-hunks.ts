/**
 * Folds a line diff for display: changed lines with a few lines of context around them, and runs
 * of unchanged lines between them replaced by one "n unchanged lines" row. Each line keeps a text
 * marker (`+`, `-` or a space), so the change never rests on colour.
 */
import type { DiffLine } from '@/domain/text/line-diff';

/** A row of the folded diff: a line, or a count of unchanged lines left out. */
export type DiffRow =
  | { readonly kind: 'line'; readonly marker: '+' | '-' | ' '; readonly line: DiffLine }
  | { readonly kind: 'skip'; readonly count: number };

const MARKERS = { same: ' ', added: '+', removed: '-' } as const satisfies Record<
  DiffLine['kind'],
  string
>;

/** Unchanged lines kept on each side of a change. */
export const DIFF_CONTEXT = 3;

/** The rows to show for `diff`, keeping `context` unchanged lines around every change. */
export const foldDiff = (diff: readonly DiffLine[], context: number = DIFF_CONTEXT): DiffRow[] => {
  const keep = diff.map(() => false);
  diff.forEach((line, i) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, i - context); k <= Math.min(diff.length - 1, i + context); k += 1) {
      keep[k] = true;
    }
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  diff.forEach((line, i) => {
    if (keep[i] === true) {
      if (skipped > 0) rows.push({ kind: 'skip', count: skipped });
      skipped = 0;
      rows.push({ kind: 'line', marker: MARKERS[line.kind], line });
    } else {
      skipped += 1;
    }
  });
  if (skipped > 0) rows.push({ kind: 'skip', count: skipped });
  return rows;
};
