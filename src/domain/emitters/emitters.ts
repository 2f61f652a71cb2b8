/**
 * The emitter registry: one generator per config target, and `emitAll`, which runs the default
 * targets (TARGET_IDS) plus the optional ones asked for in `ctx.extraTargets`, in EMIT_ORDER.
 * Output is deterministic: same answers and context ⇒ byte-identical files.
 */
import { pushAll } from '../list';
import type { Answers } from '../questionnaire/schemas';
import { runAtOnce, type Steps } from '../plan/steps';
import type { Topology } from '../topology/types';
import { configFormatOf } from './config-format';
import { emitAgentConfig } from './emit-agent-config';
import { emitCiWorkflow } from './emit-ci-workflow';
import { emitCodeowners } from './emit-codeowners';
import { emitDecisionRecordFile } from './emit-decision-record';
import { emitDagsterCloudYaml } from './emit-dagster-cloud-yaml';
import { emitDeploymentSettings } from './emit-deployment-settings';
import { emitDgProject } from './emit-dg-project';
import { emitDriftCheck } from './emit-drift-check';
import { emitSetupChecklist } from './emit-setup-checklist';
import { emitTerraform } from './emit-terraform';
import {
  OPTIONAL_TARGET_IDS,
  type EmitContext,
  type Emitter,
  type GeneratedFile,
  type OptionalTargetId,
  type TargetId,
} from './types';

export const EMITTERS = {
  'dagster-cloud-yaml': emitDagsterCloudYaml,
  'ci-workflow': emitCiWorkflow,
  codeowners: emitCodeowners,
  'agent-config': emitAgentConfig,
  'deployment-settings': emitDeploymentSettings,
  'setup-checklist': emitSetupChecklist,
  'decision-record': emitDecisionRecordFile,
} as const satisfies Record<TargetId, Emitter>;

/** Generators of the optional targets (`ctx.extraTargets`). */
export const OPTIONAL_EMITTERS = {
  'dg-project': emitDgProject,
  terraform: emitTerraform,
  // GitHub: a workflow of its own; GitLab: a job that emit-gitlab-ci.ts adds to the pipeline.
  'drift-check': emitDriftCheck,
  // A choice of format (config-format.ts), not files of its own: the default targets write them.
  'legacy-yaml': () => [],
} as const satisfies Record<OptionalTargetId, Emitter>;

/** Order of every target, default and optional: the dg files follow dagster_cloud.yaml. */
export const EMIT_ORDER = [
  'dagster-cloud-yaml',
  'dg-project',
  'ci-workflow',
  'drift-check',
  'codeowners',
  'agent-config',
  'deployment-settings',
  'terraform',
  'legacy-yaml',
  'setup-checklist',
  'decision-record',
] as const satisfies readonly (TargetId | OptionalTargetId)[];

const isOptional = (target: TargetId | OptionalTargetId): target is OptionalTargetId =>
  target in OPTIONAL_EMITTERS;

/**
 * Every file for `topology`: repository files first (paths prefixed by the repository folder
 * when there are several), then `agents/…`, `deployments/…`, `terraform/…` and `SETUP.md`.
 * Optional targets are emitted only when listed in `ctx.extraTargets`, except the dg project
 * files, which the dg format (config-format.ts) always has. Every header names the Dagster
 * version of the answers.
 */
export const emitAll = (answers: Answers, topology: Topology, ctx: EmitContext): GeneratedFile[] =>
  runAtOnce(emitAllInSteps(answers, topology, ctx));

/** `emitAll` a step at a time: it pauses after each target written. */
export function* emitAllInSteps(
  answers: Answers,
  topology: Topology,
  ctx: EmitContext,
): Steps<GeneratedFile[]> {
  const extra = new Set(ctx.extraTargets ?? []);
  if (configFormatOf(answers, topology).format === 'dg') extra.add('dg-project');
  // Every emitter sees the targets actually written: in the dg format the dg files are there even
  // when not asked for, so CODEOWNERS must own them and SETUP.md must list what they rest on.
  const stamped: EmitContext = {
    ...ctx,
    extraTargets: OPTIONAL_TARGET_IDS.filter((t) => extra.has(t)),
    dagsterVersion: answers.dagsterVersion,
  };
  const files: GeneratedFile[] = [];
  for (const target of EMIT_ORDER) {
    if (!isOptional(target)) pushAll(files, EMITTERS[target](answers, topology, stamped));
    else if (extra.has(target))
      pushAll(files, OPTIONAL_EMITTERS[target](answers, topology, stamped));
    else continue;
    yield;
  }
  const repoRank = (f: GeneratedFile) =>
    f.repo === null ? topology.repos.length : topology.repos.findIndex((r) => r.name === f.repo);
  // Stable sort: grouped by repository (in topology order), target order inside each group.
  return files
    .map((file, index) => ({ file, index }))
    .sort((a, b) => repoRank(a.file) - repoRank(b.file) || a.index - b.index)
    .map(({ file }) => file);
}
