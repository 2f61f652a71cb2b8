/**
 * The topology of the recommendation: the ranking's first level and its repository layout. The one
 * place that says which ranking outputs the topology is built from; `planFiles` and every screen
 * that draws the topology go through it. No emitters here, so the results' top and the import's
 * migration plan can use it without loading them.
 */
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import type { LevelId, Ranking, RepoLayout } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import type { Topology } from '../topology/types';

/**
 * Topologies already built, per answers object, with the level and layout they were built for:
 * the results draw it and plan the files from it (answers are never changed in place, see
 * rankOptions).
 */
const built = new WeakMap<Answers, { level: LevelId; layout: RepoLayout; topology: Topology }>();

/** The recommended topology; pass `ranking` when it is already at hand (it must be these answers'). */
export const recommendedTopology = (
  answers: Answers,
  ranking: Pick<Ranking, 'recommended' | 'layout'> = rankOptions(answers),
): Topology => {
  const level = ranking.recommended;
  const layout = ranking.layout.layout;
  const known = built.get(answers);
  if (known?.level === level && known.layout === layout) return known.topology;
  const topology = buildTopology(answers, level, layout);
  built.set(answers, { level, layout, topology });
  return topology;
};
