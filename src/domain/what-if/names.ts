/**
 * Fresh names for projects, teams and compute environments that a what-if invents. Every name
 * matches `NAME_PATTERN` (at most 40 characters) and is not in `taken`.
 */
import { NAME_PATTERN } from '../questionnaire/schemas';

const MAX_NAME_LENGTH = 40;

/**
 * `base` itself when free and valid, else `base-2`, `base-3`… (the base shortened so the suffix
 * fits in 40 characters). `base` must start with a lowercase letter. Adds the result to `taken`.
 */
export const claimName = (base: string, taken: Set<string>, firstSuffix = 2): string => {
  const valid = NAME_PATTERN.test(base) ? base : 'x';
  let candidate = valid;
  for (let n = firstSuffix; taken.has(candidate) || !NAME_PATTERN.test(candidate); n += 1) {
    const suffix = `-${n}`;
    candidate = `${valid.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
  }
  taken.add(candidate);
  return candidate;
};

/** The most frequent value (ties: first seen), or undefined for an empty list. */
export const mostCommon = (values: readonly string[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, count] of counts) {
    if (count > bestCount) {
      best = v;
      bestCount = count;
    }
  }
  return best;
};
