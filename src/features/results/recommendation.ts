/**
 * The words of the recommendation at the top of the results, from the answers and their ranking:
 * the one source for React's results (src/app/results/results-view.tsx) and for the same lines
 * painted before React has loaded (src/app/early/paint-results.ts). No React, no DOM.
 */
import type { Answers } from '@/domain/questionnaire/schemas';
import type { LevelId, Ranking, RepoLayout } from '@/domain/scoring/types';
import { countOf } from '@/domain/text/count';

import { LAYOUT_PHRASES } from './layout-names';

/** The headings of the recommendation's section and of its notes. */
export const RECOMMENDATION_HEADINGS = {
  section: 'Recommendation',
  planNotes: 'About your plan',
  busyNote: 'About high-volume projects',
} as const;

export type Recommendation = {
  readonly level: LevelId;
  /** The recommended level's score, as the ranking shows it (0-100). */
  readonly score: number;
  readonly layout: RepoLayout;
  /** What follows the level's name in the lead: " isolation, in one repository (monorepo)." */
  readonly leadAfterLevel: string;
  readonly summary: string;
  readonly planNotes: readonly string[];
  readonly busyNote: string | null;
  /** "12 projects · scored with model v2". */
  readonly footnote: string;
};

export function recommendationOf(answers: Answers, ranking: Ranking): Recommendation {
  return {
    level: ranking.recommended,
    score: ranking.levels.find((l) => l.level === ranking.recommended)?.score ?? 0,
    layout: ranking.layout.layout,
    leadAfterLevel: ` isolation, in ${LAYOUT_PHRASES[ranking.layout.layout]}.`,
    summary: ranking.summary,
    planNotes: ranking.planNotes,
    busyNote: ranking.busyNote,
    footnote: `${countOf(answers.projects.length, 'project', 'projects')} · scored with model v${ranking.modelVersion}`,
  };
}
