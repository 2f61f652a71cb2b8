/**
 * A Dagster release as the answers and the share link hold it (`X.Y.Z`), the release the wizard
 * proposes, and how releases compare. Small on purpose: the first screen loads it.
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
