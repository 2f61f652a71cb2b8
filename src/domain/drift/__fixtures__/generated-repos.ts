/**
 * The repositories a decision generates, as the drift check reads them: each repository's files
 * with paths relative to its root, and the agent configurations beside them. Tests edit these as a
 * user would and check them against the same decision.
 */
import { emitAll } from '../../emitters/emitters';
import type { GeneratedFile } from '../../emitters/types';
import type { Answers } from '../../questionnaire/schemas';
import { rankOptions } from '../../scoring/rank-options';
import type { LevelId, RepoLayout } from '../../scoring/types';
import { buildTopology } from '../../topology/build-topology';
import type { Topology } from '../../topology/types';
import { buildShareUrl } from '../../url-codec/codec';
import { expectedRepoFiles, type DriftInput, type RepoToCheck } from '../check-drift';
import type { RepoFile } from '../types';

export const BASE_URL = 'https://advisor.example/';

export type Generated = {
  readonly answers: Answers;
  readonly shareUrl: string;
  readonly topology: Topology;
  readonly files: readonly GeneratedFile[];
  /** Each repository's files by repository name. */
  readonly repos: ReadonlyMap<string, readonly RepoFile[]>;
  readonly agentFiles: readonly RepoFile[];
};

/** Everything a decision generates, split as the drift check reads it. */
export const generate = (
  answers: Answers,
  /** A level and layout other than the recommended ones (as a user may pick in the app). */
  pick: { level?: LevelId; layout?: RepoLayout } = {},
): Generated => {
  const shareUrl = buildShareUrl(BASE_URL, answers);
  const ranking = rankOptions(answers);
  const topology = buildTopology(
    answers,
    pick.level ?? ranking.recommended,
    pick.layout ?? ranking.layout.layout,
  );
  const files = emitAll(answers, topology, { shareUrl, extraTargets: answers.targets });
  return {
    answers,
    shareUrl,
    topology,
    files,
    repos: new Map(topology.repos.map((r) => [r.name, expectedRepoFiles(topology, files, r.name)])),
    agentFiles: files
      .filter((f) => f.repo === null)
      .map((f) => ({ path: f.path, text: f.content })),
  };
};

/** The check's input for generated files, with `repos` (edited or not) in place of the originals. */
export const inputFor = (
  g: Generated,
  repos: ReadonlyMap<string, readonly RepoFile[]> = g.repos,
  agentFiles: readonly RepoFile[] = g.agentFiles,
): DriftInput => ({
  topology: g.topology,
  expected: g.files,
  repos: [...repos].map(([name, files]): RepoToCheck => ({
    name,
    prefix: g.topology.repos.length > 1 ? `${name}/` : '',
    files,
  })),
  agentFiles,
});
