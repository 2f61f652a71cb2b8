/**
 * The emitter registry: one generator per config target, and `emitAll`, which runs them in
 * TARGET_IDS order. Output is deterministic: same answers and context ⇒ byte-identical files.
 */
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';
import { emitAgentConfig } from './emit-agent-config';
import { emitCiWorkflow } from './emit-ci-workflow';
import { emitCodeowners } from './emit-codeowners';
import { emitDagsterCloudYaml } from './emit-dagster-cloud-yaml';
import { emitDeploymentSettings } from './emit-deployment-settings';
import { emitSetupChecklist } from './emit-setup-checklist';
import {
  TARGET_IDS,
  type EmitContext,
  type Emitter,
  type GeneratedFile,
  type TargetId,
} from './types';

export const EMITTERS = {
  'dagster-cloud-yaml': emitDagsterCloudYaml,
  'ci-workflow': emitCiWorkflow,
  codeowners: emitCodeowners,
  'agent-config': emitAgentConfig,
  'deployment-settings': emitDeploymentSettings,
  'setup-checklist': emitSetupChecklist,
} as const satisfies Record<TargetId, Emitter>;

/**
 * Every file for `topology`: repository files first (paths prefixed by the repository folder
 * when there are several), then `agents/…`, `deployments/…` and `SETUP.md`.
 */
export const emitAll = (
  answers: Answers,
  topology: Topology,
  ctx: EmitContext,
): GeneratedFile[] => {
  const files = TARGET_IDS.flatMap((target) => EMITTERS[target](answers, topology, ctx));
  const repoRank = (f: GeneratedFile) =>
    f.repo === null ? topology.repos.length : topology.repos.findIndex((r) => r.name === f.repo);
  // Stable sort: grouped by repository (in topology order), target order inside each group.
  return files
    .map((file, index) => ({ file, index }))
    .sort((a, b) => repoRank(a.file) - repoRank(b.file) || a.index - b.index)
    .map(({ file }) => file);
};
