/**
 * Growth: how the three scores and the recommendation move as projects or teams grow (say 1 to
 * 40), using the current answers as the pattern, and where the recommendation flips. Each point is
 * ranked by `rankOptions`, the same model the results show.
 *
 * The pattern:
 * - `projects`: n projects made by cycling the current ones (team, compute environment and
 *   high-volume flag copied; the first round keeps the real names, later rounds add `-2`, `-3`…).
 *   With fewer projects than today, the first n are kept.
 * - `teams`: the current projects (cycled when there are fewer than n, so every team owns one)
 *   spread round-robin across n teams: today's teams first, then `team-2`, `team-3`….
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

/** Default range of the growth chart. */
export const DEFAULT_GROWTH_RANGE = { from: 1, to: 40 } as const;

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

/** The answers for today's projects (cycled to at least n) spread across n teams. */
export const answersWithTeams = (answers: Answers, n: number): Answers => {
  const existing = teamsOf(answers);
  const taken = new Set([...existing, ...answers.projects.map((p) => p.name)]);
  const teams = existing.slice(0, n);
  while (teams.length < n) teams.push(claimName(`team-${teams.length + 1}`, taken));
  const projects = cycleProjects(answers.projects, Math.max(n, answers.projects.length)).map(
    (p, i) => ({ ...p, team: teams[i % n] ?? p.team }),
  );
  return withProjects(answers, projects);
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
