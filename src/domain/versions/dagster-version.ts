/**
 * What the Dagster version answer changes (issue #10 §3), as data: `VERSION_GATES` names each
 * feature of the generated files that depends on it and the first release that has it, so
 * SETUP.md, the wizard and the emitters quote the same rows. The public source of each row, with
 * its commit, is in sources.ts (README and tests only: kept out of the app's bundle).
 *
 * A `null` version means what a link meant before the answer existed: the legacy
 * `dagster_cloud.yaml` and the `dagster-cloud ci` workflow, with a note saying what a stated
 * version would change. The ranking never depends on the version.
 */
import { compareVersions } from './release';

/**
 * Every feature of the generated files that depends on the Dagster version, and the first release
 * that has it. What each means and where it was read: `VERSION_GATE_NOTES` and
 * `VERSION_GATE_SOURCES` (sources.ts).
 */
export const VERSION_GATES = {
  /** Agents read `agent_queues`; locations name an `agent_queue`. */
  agentQueues: '1.6.0',
  /**
   * `dg plus deploy configure` scaffolds the dg deploy files and GitHub CI (new in 1.12.2; GitLab
   * CI only from 1.12.4, which the files need not: they write the GitLab pipeline themselves).
   */
  dgDeployConfigure: '1.12.2',
  /** Every run carries a `dagster/code_location` tag: per-location run limits need no own tags. */
  codeLocationRunTag: '1.12.9',
  /** `dagster-cloud ci check` is deprecated in favour of `dg plus deploy`: dg is the norm. */
  dgIsTheNorm: '1.12.11',
} as const satisfies Record<string, string>;

export type VersionGateId = keyof typeof VERSION_GATES;

/**
 * True when `version` has the gated feature. `null` (no version stated) never has it: the files
 * stay what they were before the answer existed.
 */
export const hasFeature = (version: string | null, gate: VersionGateId): boolean =>
  version !== null && compareVersions(version, VERSION_GATES[gate]) >= 0;
