/**
 * Shapes shared by the share-link codec and its migrations: a decoded `key=value` pair and a
 * problem a person can read ("`plan=gold` is not a plan; …").
 */
import type { Answers } from '../questionnaire/schemas';

/** One `key=value` pair of a link fragment, after percent-decoding. */
export type SharePair = { readonly key: string; readonly value: string };

/**
 * Something in a link that could not be used, and what was done instead.
 * `key` and `value` are shortened and stripped of control characters, safe to show as text;
 * `key` is `null` when the problem is about the whole link (too long, too many parameters).
 */
export type ShareProblem = {
  readonly key: string | null;
  readonly value: string;
  readonly reason: string;
};

/** What `decodeShareState` returns: always usable answers, plus every problem met on the way. */
export type DecodeResult = {
  /** Valid answers (they pass `answersSchema`); defaults wherever the link said nothing usable. */
  readonly answers: Answers;
  /** Keys and values that were not used, and why. Empty for a link made by `encodeShareState`. */
  readonly problems: readonly ShareProblem[];
  /** True when at least one project was read: the app can jump straight to results. */
  readonly hasProjects: boolean;
  /**
   * Keys this version does not know, shortened for display (at most 20, first-seen order). They are
   * ignored, as the public contract says, and are not problems; the UI may mention them quietly.
   */
  readonly ignoredKeys: readonly string[];
  /** Format version the link claimed (`v`), or the current version when it gave none or garbage. */
  readonly linkVersion: number;
};
