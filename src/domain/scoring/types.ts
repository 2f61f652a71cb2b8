/**
 * The ranking contract: what scoring returns and every view (ranking list, chart, matrix,
 * explanations) reads. Nothing outside scoring recomputes a score.
 */
import type { Answers } from '../questionnaire/schemas';
import type { CriterionId } from './criteria';

/** The guide's three isolation levels, least to most isolated (also the tie-break order). */
export const LEVEL_IDS = ['code-location', 'agent', 'deployment'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Keys of `Answers` (and so of the share link's questions) that can set a weight or requirement. */
export type AnswerKey = keyof Answers;

export type RepoLayout = 'monorepo' | 'multirepo';

/** One row of a level's score: every point of the total is one of these. */
export type BreakdownRow = {
  criterionId: CriterionId;
  /** Criterion label, plain text. */
  label: string;
  /** Share of the 100-point scale this criterion carries for these answers (weights sum to 100). */
  weight: number;
  /** How well the level serves the criterion, 0..1, from the guide's pro/con matrix. */
  fit: number;
  /** weight × fit, to hundredths (the level's `fitScore` is the rounded sum). */
  points: number;
  /**
   * The whole points a reader sees (reasons, the chart and its table, the decision record):
   * `points` apportioned by largest remainder, so a level's rows add up to its `fitScore` exactly.
   * Integer, 0..weight, less than 1 away from `points`.
   */
  shownPoints: number;
  /** The answers that set this weight. */
  setBy: readonly AnswerKey[];
  /** Plain-text reason for the fit, e.g. "One agent and one deployment: the cheapest setup." */
  reason: string;
};

/** A hard need derived from the answers (e.g. "teams must not see each other's assets"). */
export type Requirement = {
  id: string;
  /** Plain-text statement of the need. */
  label: string;
  setBy: readonly AnswerKey[];
  /** Least isolated level that meets it. */
  minimumLevel: LevelId;
};

/**
 * Why a level's shown score is lower than its fit: it ranks below a level it out-fits, because the
 * plan lacks it or it misses a requirement, and a score shown lower down the ranking may never be
 * higher than one above it.
 */
export type HeldBack = {
  /** `score − fitScore`: a negative whole number, the points held back. */
  points: number;
  /**
   * What holds it back, lower case, no period: "needs Dagster+ Pro (agent queues)", "misses a
   * requirement", "needs Dagster+ Pro (agent queues) and misses 2 requirements".
   */
  because: string;
  /** The level directly above it, whose score it is held to. */
  below: LevelId;
};

export type RankedLevel = {
  level: LevelId;
  /** 1-based position in the ranking. */
  rank: number;
  /**
   * The score shown (integer 0..100, `data-score`): `fitScore`, held back to the score of the level
   * above when this level out-fits it but ranks below it. Never increases down the ranking.
   */
  score: number;
  /** How well it fits the answers' priorities: integer 0..100, Math.round of Σ breakdown points. */
  fitScore: number;
  /** Set when `score < fitScore`: by how much and why. */
  heldBack: HeldBack | null;
  breakdown: readonly BreakdownRow[];
  /** Requirements this level fails (empty when it meets them all). */
  unmet: readonly Requirement[];
  /** False when the plan does not include it (agent queues and extra deployments are Pro). */
  available: boolean;
  /** What it would need when unavailable, e.g. "Dagster+ Pro (agent queues)"; null otherwise. */
  needs: string | null;
  /**
   * Plain-text reasons for this level's score, as the ranking lists them: whether it meets the
   * requirements, its strongest criteria and its weakest. Unmet requirements, what it needs and
   * what holds it back are separate fields, shown once each.
   */
  reasons: readonly string[];
};

export type LayoutRecommendation = {
  layout: RepoLayout;
  reasons: readonly { text: string; setBy: readonly AnswerKey[] }[];
  /** The guide's pros and cons of the chosen layout, verbatim. */
  pros: readonly string[];
  cons: readonly string[];
};

export type Ranking = {
  modelVersion: string;
  /** Rank order: available first, then meeting every requirement, then fit, then LEVEL_IDS order. */
  levels: readonly RankedLevel[];
  recommended: LevelId;
  requirements: readonly Requirement[];
  layout: LayoutRecommendation;
  /** One sentence: the recommendation and why. */
  summary: string;
  /**
   * Plain-text notes about the plan for these answers, e.g. more projects than the plan's code
   * locations (those limits are third-party and say "unverified", once). Empty when nothing to say.
   */
  planNotes: readonly string[];
  /**
   * What to do about high-volume projects that share a deployment's run queue (per-location run
   * limits, pools, when a separate agent is worth it); null when no such project.
   */
  busyNote: string | null;
};
