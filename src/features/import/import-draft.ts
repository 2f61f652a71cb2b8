/**
 * The import view's files as pasted, outside React: typing never re-renders the view (a 20 MB
 * paste stays fast), and the files outlive a crash of the view, as the wizard's answers do. The
 * error boundary's "Try again" drops the last check (which may be what crashed) and keeps the
 * files. In memory only, for this page: never in the link, the draft or storage.
 */
import { createStore } from 'zustand/vanilla';

import type { ImportInput } from '@/domain/import/types';
import type { RepoLayout } from '@/domain/scoring/types';
import { onCrashRecovery } from '@/store/crash-recovery';

export type LayoutChoice = RepoLayout | 'unknown';

/** One agent configuration field; `key` names it for React while fields come and go. */
export type AgentField = { readonly key: number; readonly text: string };

/** One dg file: its path in the repository (says which project it belongs to) and its text. */
export type DgField = { readonly key: number; readonly path: string; readonly text: string };

export type ImportDraft = {
  readonly dagsterCloudYaml: string;
  /** A dg repository instead of dagster_cloud.yaml: dg.toml first, then the project files. */
  readonly dgFiles: readonly DgField[];
  readonly agentConfigs: readonly AgentField[];
  readonly codeowners: string;
  /** A CI workflow, requirements.txt or pyproject.toml, read for the Dagster version it pins. */
  readonly versionFile: string;
  readonly layout: LayoutChoice;
  /** The files of the last "Check files", or null. */
  readonly checked: ImportInput | null;
  /** Set when "Try again" recovered the view from a crash: the check was dropped. */
  readonly recovered: boolean;
};

let nextKey = 1;
export const newAgentField = (text = ''): AgentField => ({ key: nextKey++, text });
export const newDgField = (path = '', text = ''): DgField => ({ key: nextKey++, path, text });

/** The path the first dg field starts with. */
export const DG_WORKSPACE_PATH = 'dg.toml';

const initial = (): ImportDraft => ({
  dagsterCloudYaml: '',
  dgFiles: [newDgField(DG_WORKSPACE_PATH)],
  agentConfigs: [newAgentField()],
  codeowners: '',
  versionFile: '',
  layout: 'unknown',
  checked: null,
  recovered: false,
});

export const importDraft = createStore<ImportDraft>()(initial);

/** Empties every field (tests; a new page starts empty anyway). */
export const resetImportDraft = (): void => {
  importDraft.setState(initial(), true);
};

onCrashRecovery((view) => {
  if (view === 'import' && importDraft.getState().checked !== null) {
    importDraft.setState({ checked: null, recovered: true });
  }
});
