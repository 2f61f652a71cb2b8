/**
 * What a what-if looks at: the recommended level and repository layout for a set of answers, the
 * change between two such outcomes, and the plain-English clause that says it ("deployment
 * isolation would rank first instead of agent isolation"). Tipping points, growth and compare all
 * read these, so the three views word a change the same way.
 */
import { LEVELS } from '../scoring/criteria';
import type { LevelId, Ranking, RepoLayout } from '../scoring/types';

/** The two things a recommendation decides. */
export type Outcome = { readonly level: LevelId; readonly layout: RepoLayout };

/** What changed between two outcomes; a key is present only when that part changed. */
export type OutcomeChange = {
  readonly level?: { readonly from: LevelId; readonly to: LevelId };
  readonly layout?: { readonly from: RepoLayout; readonly to: RepoLayout };
};

/** How a layout reads inside a sentence. */
export const LAYOUT_PHRASE = {
  monorepo: 'one repository with a folder per project',
  multirepo: 'a repository per team',
} as const satisfies Record<RepoLayout, string>;

/** Short layout label for tables and display values. */
export const LAYOUT_LABEL = {
  monorepo: 'One repository',
  multirepo: 'A repository per team',
} as const satisfies Record<RepoLayout, string>;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** "deployment isolation", for use inside a sentence. */
export const levelPhrase = (level: LevelId): string => lowerFirst(LEVELS[level].title);

/** The outcome of a ranking. */
export const outcomeOfRanking = (ranking: Ranking): Outcome => ({
  level: ranking.recommended,
  layout: ranking.layout.layout,
});

/** The change from `from` to `to`; empty (`{}`) when nothing changed. */
export const changeBetween = (from: Outcome, to: Outcome): OutcomeChange => ({
  ...(from.level === to.level ? {} : { level: { from: from.level, to: to.level } }),
  ...(from.layout === to.layout ? {} : { layout: { from: from.layout, to: to.layout } }),
});

/** True when the change has a level or a layout part. */
export const hasChange = (change: OutcomeChange): boolean =>
  change.level !== undefined || change.layout !== undefined;

/**
 * The consequence clause, without a capital or a final period: "deployment isolation would rank
 * first instead of agent isolation, and a repository per team would be recommended instead of one
 * repository with a folder per project". Empty for an empty change.
 */
export const consequenceOf = (change: OutcomeChange): string => {
  const parts: string[] = [];
  if (change.level !== undefined) {
    parts.push(
      `${levelPhrase(change.level.to)} would rank first instead of ${levelPhrase(change.level.from)}`,
    );
  }
  if (change.layout !== undefined) {
    parts.push(
      `${LAYOUT_PHRASE[change.layout.to]} would be recommended instead of ${LAYOUT_PHRASE[change.layout.from]}`,
    );
  }
  return parts.join(', and ');
};

/** "Deployment isolation with one repository with a folder per project". */
export const describeOutcome = (outcome: Outcome): string =>
  `${LEVELS[outcome.level].title} with ${LAYOUT_PHRASE[outcome.layout]}`;
