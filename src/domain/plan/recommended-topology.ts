/**
 * The topology of the recommendation: the ranking's first level and its repository layout. The one
 * place that says which ranking outputs the topology is built from; `planFiles` and every screen
 * that draws the topology go through it. No emitters here, so the results' top and the import's
 * migration plan can use it without loading them.
 */
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import type { Ranking } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import type { Topology } from '../topology/types';

/** The recommended topology; pass `ranking` when it is already at hand (it must be these answers'). */
export const recommendedTopology = (
  answers: Answers,
  ranking: Pick<Ranking, 'recommended' | 'layout'> = rankOptions(answers),
): Topology => buildTopology(answers, ranking.recommended, ranking.layout.layout);
