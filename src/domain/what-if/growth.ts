/**
 * Growth: how the three scores and the recommendation move as projects or teams grow from today's
 * count (`growthRangeFor`), using the current answers as the pattern, and where the recommendation
 * flips. Each point is ranked by `rankOptions`, the same model the results show, so its scores are
 * the shown scores of the ranking.
 *
 * The pattern (at today's count, both give today's answers unchanged):
 * - `projects`: n projects made by cycling the current ones (team, compute environment and
 *   high-volume flag copied; the first round keeps the real names, later rounds add `-2`, `-3`…).
 *   With fewer projects than today, the first n are kept.
 * - `teams`: today's projects and teams, plus one new team (`team-4`, `team-5`…) per team added,
 *   each owning a new project copied from the pattern in turn. With fewer teams than today, the
 *   projects of the teams left out move to the first n teams, round-robin.
 * In both, the separation keeps applying to the same named teams where they still own a project;
 * when it named teams and none of them owns a project any more, there is no one to separate, so
 * that point is ranked with no separation.
 */
import { MAX_PROJECTS, teamsOf, type Answers, type Project } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import type { LevelId, RepoLayout } from '../scoring/types';
import { claimName } from './names';
import {
  changeBetween,
  consequenceOf,
  hasChange,
  outcomeOfRanking,
  type Outcome,
  type OutcomeChange,
} from './outcome';

export type GrowthDimension = 'projects' | 'teams';

export type GrowthOptions = {
  readonly dimension: GrowthDimension;
  /** First n (at least 1). */
  readonly from: number;
  /** Last n (at most `MAX_PROJECTS`). */
  readonly to: number;
};

/** The ranking at one size. */
export type GrowthPoint = {
  readonly n: number;
  /** Score 0..100 of every level at this size. */
  readonly scores: Readonly<Record<LevelId, number>>;
  readonly recommended: LevelId;
  readonly layout: RepoLayout;
};

/** A size at which the recommendation differs from the size before it. */
export type GrowthFlip = {
  /** First size with the new outcome. */
  readonly n: number;
  readonly changes: OutcomeChange;
  /** "At 4 teams, a repository per team would be recommended instead of …." */
  readonly sentence: string;
};

export type Growth = {
  readonly dimension: GrowthDimension;
  /** One point per n from `from` to `to`; empty when the answers have no project. */
  readonly series: readonly GrowthPoint[];
  /** Where the recommendation or layout changes, in increasing n. */
  readonly flips: readonly GrowthFlip[];
};

/** The growth chart reaches at least this size. */
export const GROWTH_MIN_TO = 40;

/**
 * The sizes the growth chart covers for these answers: from today's count (projects, or teams)
 * to 40, or to twice today's count when that is more, at most MAX_PROJECTS.
 */
export const growthRangeFor = (
  answers: Pick<Answers, 'projects'>,
  dimension: GrowthDimension,
): { from: number; to: number } => {
  const today = dimension === 'projects' ? answers.projects.length : teamsOf(answers).length;
  const from = Math.min(MAX_PROJECTS, Math.max(1, today));
  return { from, to: Math.min(MAX_PROJECTS, Math.max(GROWTH_MIN_TO, from * 2)) };
};

/** n projects cycling `pattern`; names stay valid and unique. */
const cycleProjects = (pattern: readonly Project[], n: number): Project[] => {
  const taken = new Set(pattern.slice(0, n).map((p) => p.name));
  const projects: Project[] = [];
  for (let i = 0; i < n; i += 1) {
    const template = pattern[i % pattern.length];
    if (template === undefined) break;
    const round = Math.floor(i / pattern.length);
    projects.push(
      round === 0 ? template : { ...template, name: claimName(template.name, taken, round + 1) },
    );
  }
  return projects;
};

/** `answers` with these projects; named separated teams kept where they still own a project. */
const withProjects = (answers: Answers, projects: Project[]): Answers => {
  const owners = new Set(projects.map((p) => p.team));
  const sodTeams = answers.sodTeams.filter((t) => owners.has(t));
  if (answers.sodTeams.length > 0 && sodTeams.length === 0) {
    return { ...answers, projects, sod: 'none', sodTeams: [] };
  }
  return { ...answers, projects, sodTeams };
};

/** The answers for n projects following today's pattern. */
export const answersWithProjects = (answers: Answers, n: number): Answers =>
  withProjects(answers, cycleProjects(answers.projects, n));

/** The answers with n teams: today's, plus new teams with a project each, or fewer teams. */
export const answersWithTeams = (answers: Answers, n: number): Answers => {
  const existing = teamsOf(answers);
  if (n <= existing.length) {
    const kept = existing.slice(0, Math.max(1, n));
    const projects = answers.projects.map((p, i) =>
      kept.includes(p.team) ? p : { ...p, team: kept[i % kept.length] ?? p.team },
    );
    return withProjects(answers, projects);
  }
  const taken = new Set([...existing, ...answers.projects.map((p) => p.name)]);
  const added: Project[] = [];
  for (let k = existing.length; k < n; k += 1) {
    const template = answers.projects[(k - existing.length) % answers.projects.length];
    if (template === undefined) break;
    const team = claimName(`team-${k + 1}`, taken);
    added.push({ ...template, name: claimName(template.name, taken, 2), team });
  }
  return withProjects(answers, [...answers.projects, ...added].slice(0, MAX_PROJECTS));
};

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.round(value)));

const unit = (dimension: GrowthDimension, n: number): string =>
  dimension === 'projects' ? `${n} project${n === 1 ? '' : 's'}` : `${n} team${n === 1 ? '' : 's'}`;

/**
 * Scores and recommendation for every size from `from` to `to` (clamped to 1..MAX_PROJECTS), with
 * the flips. Deterministic; about 40 rankings for the default range.
 */
export const projectGrowth = (answers: Answers, options: GrowthOptions): Growth => {
  const { dimension } = options;
  if (answers.projects.length === 0) return { dimension, series: [], flips: [] };
  const from = clamp(options.from, 1, MAX_PROJECTS);
  const to = clamp(options.to, from, MAX_PROJECTS);
  const series: GrowthPoint[] = [];
  const flips: GrowthFlip[] = [];
  let previous: Outcome | null = null;
  for (let n = from; n <= to; n += 1) {
    const grown =
      dimension === 'projects' ? answersWithProjects(answers, n) : answersWithTeams(answers, n);
    const ranking = rankOptions(grown);
    const scores = { 'code-location': 0, agent: 0, deployment: 0 } satisfies Record<
      LevelId,
      number
    >;
    for (const level of ranking.levels) scores[level.level] = level.score;
    const outcome = outcomeOfRanking(ranking);
    series.push({ n, scores, recommended: outcome.level, layout: outcome.layout });
    if (previous !== null) {
      const changes = changeBetween(previous, outcome);
      if (hasChange(changes)) {
        flips.push({
          n,
          changes,
          sentence: `At ${unit(dimension, n)}, ${consequenceOf(changes)}.`,
        });
      }
    }
    previous = outcome;
  }
  return { dimension, series, flips };
};
