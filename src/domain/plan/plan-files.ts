/**
 * answers → ranking → topology → files, in one function: what "Download all files" holds. The
 * results, the comparison, the CLI and the bench call it, so the chain (which level and layout the
 * topology follows, which optional targets are emitted, no files without a project) is written
 * once.
 */
import { emitAllInSteps } from '../emitters/emitters';
import type { GeneratedFile } from '../emitters/types';
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import type { Ranking } from '../scoring/types';
import type { Topology } from '../topology/types';
import { recommendedTopology } from './recommended-topology';
import { runAtOnce, type Steps } from './steps';

export type PlanOptions = {
  /** The share link that reopens these answers; written into each file's header. */
  readonly shareUrl: string;
  /** The number of the decision record (docs/decisions/NNNN-…); 1 when not given. */
  readonly decisionRecordNumber?: number;
};

/** The recommendation and everything generated from it. */
export type Plan = {
  readonly ranking: Ranking;
  readonly topology: Topology;
  /** The files, the optional targets of `answers.targets` included; none without a project. */
  readonly files: GeneratedFile[];
};

export const planFiles = (answers: Answers, options: PlanOptions): Plan =>
  runAtOnce(planFilesInSteps(answers, options));

/**
 * `planFiles` a step at a time (see steps.ts): it pauses after the ranking and topology, then
 * after each target written.
 */
export function* planFilesInSteps(answers: Answers, options: PlanOptions): Steps<Plan> {
  const ranking = rankOptions(answers);
  const topology = recommendedTopology(answers, ranking);
  if (answers.projects.length === 0) return { ranking, topology, files: [] };
  yield;
  const files = yield* emitAllInSteps(answers, topology, {
    shareUrl: options.shareUrl,
    extraTargets: answers.targets,
    ...(options.decisionRecordNumber === undefined
      ? {}
      : { decisionRecordNumber: options.decisionRecordNumber }),
  });
  return { ranking, topology, files };
}
