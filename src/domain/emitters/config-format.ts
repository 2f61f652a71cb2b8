/**
 * Which deploy configuration the files use (issue #10 §3), from the Dagster version answer:
 *
 * - `dg`: dg project files (`dg.toml`, `build.yaml`, `container_context.yaml`, `[tool.dg.project]`)
 *   at the repository root and `dg plus deploy` in CI. The default from 1.12.11, when
 *   `dagster-cloud ci check` was deprecated in favour of `dg plus deploy`.
 * - `legacy`: `dagster_cloud.yaml` and the `dagster-cloud ci` commands, as every file was before
 *   the version answer existed. Used when no version is stated, below 1.12.11, when the answers
 *   choose it (`t=legacy-yaml`), and when code locations are routed by agent queue: no dg release
 *   whose source we read carries `agent_queue` (see `DG_ROUTING`), while `dagster_cloud.yaml` has
 *   carried it since 1.6.0.
 */
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';
import { hasFeature } from '../versions/dagster-version';
import { usesQueues } from './placement';

export type ConfigFormat = 'dg' | 'legacy';

/** Why the files use their format; `versionNotes` words each reason. */
export type FormatReason = 'dg-default' | 'no-version' | 'older' | 'chosen' | 'routing';

export type FormatChoice = { readonly format: ConfigFormat; readonly reason: FormatReason };

/**
 * Where routing lives for dg projects, as the sources say (each read at the commit named):
 * - dg-core's config rules, dagster-io/dagster `dagster_dg_core/config.py` @0f2d9d8e: the keys of
 *   `[tool.dg.project]` are `root_module`, `defs_module`, `code_location_target_module`,
 *   `code_location_name` and `registry_modules`; any other key is "Unrecognized field", so
 *   `agent_queue` is rejected; `build.yaml` holds only `registry` and `directory`.
 * - `dg plus deploy`, `dagster_dg_cli/cli/utils.py` @0f2d9d8e (`_dagster_cloud_entry_for_project`):
 *   the location it deploys has `location_name`, `code_source`, `build`, `container_context` and
 *   no `agent_queue`. dagster-io/dagster PR #33655 (2026-03-22, closed unmerged) says the same.
 * - The same function @0004214e copies `agent_queue` and `image` from `[tool.dg.project]`, as the
 *   docs (deployment/dagster-plus/management/build-yaml) say; which release first did so is not
 *   known, so `since` stays null and dg files never carry `agent_queue`.
 */
export const DG_ROUTING = {
  since: null,
  rejectedAt: '0f2d9d8e',
  readAt: '0004214e',
} as const satisfies { since: string | null; rejectedAt: string; readAt: string };

/** Where the sources disagree on dg routing, as every file that needs it says it. */
export const DG_ROUTING_FACT = `dg (dagster-io/dagster @${DG_ROUTING.rejectedAt}) rejects \`agent_queue\` in \`[tool.dg.project]\` and deploys none; a later dg (@${DG_ROUTING.readAt}) and the docs read it there, in a release no source names (UNCERTAIN).`;

/** The format of the files for these answers and topology, and why. */
export const configFormatOf = (
  answers: Pick<Answers, 'dagsterVersion' | 'targets'>,
  topology: Topology,
): FormatChoice => {
  if (answers.dagsterVersion === null) return { format: 'legacy', reason: 'no-version' };
  if (!hasFeature(answers.dagsterVersion, 'dgIsTheNorm')) {
    return { format: 'legacy', reason: 'older' };
  }
  if (answers.targets.includes('legacy-yaml')) return { format: 'legacy', reason: 'chosen' };
  if (usesQueues(topology)) return { format: 'legacy', reason: 'routing' };
  return { format: 'dg', reason: 'dg-default' };
};
