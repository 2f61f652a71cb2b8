/** The emitted-files contract: every file the app shows, copies and zips. */
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';

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
};

/** Every config target the app emits, in the order files are listed and zipped. */
export const TARGET_IDS = [
  'dagster-cloud-yaml',
  'ci-workflow',
  'codeowners',
  'agent-config',
  'deployment-settings',
  'setup-checklist',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** One target's generator: pure, deterministic, files in a stable order. */
export type Emitter = (answers: Answers, topology: Topology, ctx: EmitContext) => GeneratedFile[];
