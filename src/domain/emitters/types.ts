/** The emitted-files contract: every file the app shows, copies and zips. */
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';
import type { OptionalTargetId } from './target-ids';

export type FileKind = 'yaml' | 'markdown' | 'text';

export type GeneratedFile = {
  /** Path inside the download, with a repository folder first for several repositories. */
  path: string;
  /** Repository it belongs to, or null for files outside any repository (agents, checklist). */
  repo: string | null;
  kind: FileKind;
  /** Exact bytes shown, copied and downloaded. */
  content: string;
  /** One line saying what the file is for. */
  description: string;
};

/** What emitters need beyond the answers; nothing time- or machine-dependent, so output is stable. */
export type EmitContext = {
  /** The share link that reopens these answers; written into each file's header comment. */
  shareUrl: string;
  /**
   * The Dagster release the files target, for their headers; `emitAll` sets it from the answers
   * (absent or null: none stated).
   */
  dagsterVersion?: string | null;
  /**
   * Optional targets to emit as well (default: none). The GitLab pipeline needs no option: it is
   * the `ci-workflow` target whenever `answers.ci` is `gitlab`.
   */
  extraTargets?: readonly OptionalTargetId[];
  /** Number of the decision record, `docs/decisions/NNNN-dagster-isolation.md` (default 1). */
  decisionRecordNumber?: number;
};

/** Every config target the app emits, in the order files are listed and zipped. */
export const TARGET_IDS = [
  'dagster-cloud-yaml',
  'ci-workflow',
  'codeowners',
  'agent-config',
  'deployment-settings',
  'setup-checklist',
  'decision-record',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** One target's generator: pure, deterministic, files in a stable order. */
export type Emitter = (answers: Answers, topology: Topology, ctx: EmitContext) => GeneratedFile[];

// Targets emitted only when asked for (`EmitContext.extraTargets`), in listing order. Kept in
// their own module so the answers model can use them without the descriptions below.
export { OPTIONAL_TARGET_IDS, type OptionalTargetId } from './target-ids';

/** One optional target as the UI offers it ("Also generate: …"). */
export type OptionalTarget = {
  readonly id: OptionalTargetId;
  /** Checkbox label. */
  readonly label: string;
  /** One sentence under the label. */
  readonly description: string;
};

/** The optional targets, in OPTIONAL_TARGET_IDS order, for the "Also generate" checkboxes. */
export const OPTIONAL_TARGETS = [
  {
    id: 'dg-project',
    label: 'dg project files',
    description:
      'The newer dg configuration as an alternative to dagster_cloud.yaml: build.yaml, container_context.yaml, dg.toml and a [tool.dg.project] fragment per project, in a dg/ folder per repository.',
  },
  {
    id: 'terraform',
    label: 'Terraform',
    description:
      'terraform/main.tf.json for the dagsterplus provider: the deployments to create, one team per team, and deployment and code-location grants.',
  },
  {
    id: 'legacy-yaml',
    label: 'Legacy dagster_cloud.yaml instead of dg files',
    description:
      'From Dagster 1.12.11 dg files are the default; this keeps dagster_cloud.yaml and dagster-cloud ci.',
  },
  {
    id: 'drift-check',
    label: 'Drift check in CI',
    description:
      'A job that runs isolation-advisor check on every pull or merge request and fails when a repository leaves this decision (locations, queues, owners, deploys).',
  },
] as const satisfies readonly OptionalTarget[];
