/**
 * Facts the ranking leans on that Dagster has not fully documented (dagster-facts.md §8 marks
 * them UNCERTAIN): the decision record lists the ones that apply to these answers, so a reader
 * knows what to check before relying on it.
 */
import type { Answers } from '../questionnaire/schemas';
import { PLAN_LIMITS, PLAN_LIMITS_SOURCE } from '../scoring/plans';
import { hasBusyNeighbour } from '../scoring/weights';

type Uncertainty = {
  readonly id: string;
  readonly applies: (answers: Answers) => boolean;
  readonly text: (answers: Answers) => string;
};

export const DECISION_UNCERTAINTIES: readonly Uncertainty[] = [
  {
    // facts §8: CHANGES.md 1.12.9 (PR #32715) lists the tag under core Dagster; that Dagster+
    // runs carry it rests on the docs' "every run" (run-tag-limits.md @6005cfc2).
    id: 'code-location-run-tag',
    applies: (answers) => hasBusyNeighbour(answers),
    text: () =>
      'Per-location run limits rely on the dagster/code_location run tag, which Dagster sets on every run since 1.12.9; that Dagster+ Hybrid runs carry it rests on the docs saying "every run".',
  },
  {
    // facts §8: billing.md @6005cfc2 names the plans, not their limits.
    id: 'plan-limits',
    applies: (answers) => PLAN_LIMITS[answers.plan].codeLocations !== null,
    text: (answers) =>
      `The number of code locations ${PLAN_LIMITS[answers.plan].label} includes comes from ${PLAN_LIMITS_SOURCE}.`,
  },
];

/** The uncertain facts behind this ranking, as sentences; empty when none applies. */
export const decisionUncertainties = (answers: Answers): string[] =>
  DECISION_UNCERTAINTIES.filter((u) => u.applies(answers)).map((u) => u.text(answers));
