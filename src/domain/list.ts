/**
 * List helpers that never spread a list into a call: `f(...list)` passes every item as an argument
 * and overflows the call stack past about 100,000 items (a pasted file can give that many). Lint
 * bans such spreads (eslint.config.js, NO_SPREAD_INTO_CALLS).
 */

/** Appends every item of `items` to `target`, one by one. */
export const pushAll = <T>(target: T[], items: Iterable<T>): void => {
  for (const item of items) target.push(item);
};

/** The largest of `values` and `floor` (`Math.max(floor, ...values)` for any length). */
export const maxOf = (floor: number, values: Iterable<number>): number => {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
};

/** The smallest of `values` and `ceiling` (`Math.min(ceiling, ...values)` for any length). */
export const minOf = (ceiling: number, values: Iterable<number>): number => {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
};
