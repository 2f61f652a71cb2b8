/**
 * Reads a pasted share link for "Compare with another scenario". The link goes through the one
 * gate for untrusted links (`decodeShareState`); what it could not use is returned as problems to
 * show, and a link with no project is refused, since there would be nothing to compare.
 */
import type { Answers } from '@/domain/questionnaire/schemas';
import { decodeShareState } from '@/domain/url-codec/codec';

/** What a pasted link gives: answers and the problems met, or why nothing can be compared. */
export type ScenarioLink =
  | { readonly ok: true; readonly answers: Answers; readonly problems: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly problems: readonly string[] };

/** Reads `text` (a whole link or just its fragment); never throws. */
export const readScenarioLink = (text: string): ScenarioLink => {
  const link = text.trim();
  if (link === '') {
    return {
      ok: false,
      reason:
        "Paste the other scenario's share link first (its results have a Copy share link button).",
      problems: [],
    };
  }
  const decoded = decodeShareState(link);
  const problems = decoded.problems.map((p) => p.reason);
  if (!decoded.hasProjects) {
    return {
      ok: false,
      reason:
        'This link holds no project, so there is nothing to compare. Copy the link from the results of the other scenario.',
      problems,
    };
  }
  return { ok: true, answers: decoded.answers, problems };
};
