/**
 * The Dagster version answer (issue #10 §3): a release `X.Y.Z`, or `null` when none is stated.
 * What a version changes in the generated files is data: `VERSION_GATES` names each feature that
 * depends on it, the first release that has it and the public source (with its commit) it was read
 * from, so SETUP.md and the README can quote the same rows the emitters test against.
 *
 * A `null` version means what a link meant before the answer existed: the legacy
 * `dagster_cloud.yaml` and the `dagster-cloud ci` workflow, with a note saying what a stated
 * version would change. The ranking never depends on the version.
 */

/**
 * A release as the share link writes it: three whole numbers without leading zeros (so one release
 * has one spelling), at most four digits each.
 */
export const DAGSTER_VERSION_PATTERN =
  /^(?:0|[1-9]\d{0,3})\.(?:0|[1-9]\d{0,3})\.(?:0|[1-9]\d{0,3})$/;
export const DAGSTER_VERSION_RULE =
  'Write a Dagster release as three numbers, e.g. 1.13.7 (digits and dots only).';

/**
 * The release the wizard proposes: the newest one confirmed from a source we could read.
 * dagster-io/dagster-cloud-action tag `v1.13.7` ("Release 1.13.7", commit e12f3936, 2026-05-28,
 * built from that release's dagster packages); dagster-io/dagster-cloud's newest release commit is
 * 1.13.5 (b064b378). Dagster's docs site names 1.13.25, which no source we read confirms.
 */
export const PROPOSED_DAGSTER_VERSION = '1.13.7';

/** True when `value` is a release the answers accept. */
export const isDagsterVersion = (value: string): boolean => DAGSTER_VERSION_PATTERN.test(value);

const parts = (version: string): number[] => version.split('.').map(Number);

/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
export const compareVersions = (a: string, b: string): number => {
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

export type VersionGate = {
  /** First release that has the feature. */
  readonly since: string;
  /** What the release brings, as SETUP.md words it. */
  readonly feature: string;
  /** The public source it was read from, with its commit. */
  readonly source: string;
};

/** Every feature of the generated files that depends on the Dagster version. */
export const VERSION_GATES = {
  agentQueues: {
    since: '1.6.0',
    feature: 'agent queues (agents read `agent_queues`; locations name an `agent_queue`)',
    source:
      'dagster-io/dagster-cloud 8113d4a "Release 1.6.0": `agent_queues` in the agent config and `agent_queue` in the location schema',
  },
  dgDeployConfigure: {
    since: '1.12.4',
    feature: '`dg plus deploy configure` scaffolds the dg deploy files and CI',
    source:
      'dagster-facts.md §8 (Dagster changelog); dagster-io/dagster PR #32907 (merged 2025-11-25, reworks the command), first released in 1.12.4 (dagster-io/dagster-cloud 9ab9016, 2025-12-04)',
  },
  codeLocationRunTag: {
    since: '1.12.9',
    feature:
      'every run carries a `dagster/code_location` tag, so per-location run limits need no tags of your own',
    source:
      'Dagster changelog 1.12.9 (dagster-io/dagster PR #32715); docs guides/operate/managing-concurrency/run-tag-limits.md @6005cfc2',
  },
  dgIsTheNorm: {
    since: '1.12.11',
    feature:
      '`dagster-cloud ci check` is deprecated in favour of `dg plus deploy`: dg project files are the default',
    source:
      'Dagster changelog 1.12.11; dagster-io/dagster dagster_cloud_cli/commands/ci/__init__.py @00882f71 (deprecation warning)',
  },
} as const satisfies Record<string, VersionGate>;

export type VersionGateId = keyof typeof VERSION_GATES;

/**
 * True when `version` has the gated feature. `null` (no version stated) never has it: the files
 * stay what they were before the answer existed.
 */
export const hasFeature = (version: string | null, gate: VersionGateId): boolean =>
  version !== null && compareVersions(version, VERSION_GATES[gate].since) >= 0;

/** The gates as a Markdown table (since, what, source) for the README. */
export const versionGatesMarkdown = (): string =>
  [
    '| Since | What the files do | Source |',
    '| --- | --- | --- |',
    ...Object.values(VERSION_GATES).map((g) => `| ${g.since} | ${g.feature} | ${g.source} |`),
  ].join('\n');
