/**
 * answers → ranking → topology → files, in one function: what "Download all files" holds. The
 * results, the comparison, the CLI and the bench call it, so the chain (which level and layout the
 * topology follows, which optional targets are emitted, no files without a project) is written
 * once.
 */
import { emitAll } from '../emitters/emitters';
import type { GeneratedFile } from '../emitters/types';
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import type { Ranking } from '../scoring/types';
import type { Topology } from '../topology/types';
import { recommendedTopology } from './recommended-topology';

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

export const planFiles = (answers: Answers, options: PlanOptions): Plan => {
  const ranking = rankOptions(answers);
  const topology = recommendedTopology(answers, ranking);
  const files =
    answers.projects.length === 0
      ? []
      : emitAll(answers, topology, {
          shareUrl: options.shareUrl,
          extraTargets: answers.targets,
          ...(options.decisionRecordNumber === undefined
            ? {}
            : { decisionRecordNumber: options.decisionRecordNumber }),
        });
  return { ranking, topology, files };
};
