/**
 * The Dagster version an imported setup shows, read from its files (issue #10 §3): a pinned
 * dagster-cloud-action (`…/dagster-cloud-action/actions/utils/ci-init@v1.13.7`), its CLI image
 * (`ghcr.io/dagster-io/dagster-cloud-action:1.13.7`), an agent image
 * (`dagster/dagster-cloud-agent:1.13.5`) or a pin of a package that shares Dagster's release
 * numbers (`dagster==1.12.9` in a requirements file or a pyproject dependency). When files show
 * several, the oldest counts: a gate is open only when everything involved is new enough.
 */
import { compareVersions, isDagsterVersion } from '../versions/release';

/** One place a version shows. */
export type VersionSighting = { readonly version: string; readonly where: string };

/** The version the files show, and every place it was seen (at most `MAX_SIGHTINGS`). */
export type DetectedVersion = {
  readonly version: string;
  readonly sightings: readonly VersionSighting[];
};

const MAX_SIGHTINGS = 10;
const RELEASE = String.raw`(\d{1,4}\.\d{1,4}\.\d{1,4})`;

/** Packages released with Dagster's own numbers (its libraries use 0.x and are not read). */
const PACKAGES = [
  'dagster',
  'dagster-cloud',
  'dagster-cloud-cli',
  'dagster-dg-cli',
  'dagster-webserver',
];

const PATTERNS: readonly { readonly pattern: RegExp; readonly where: string }[] = [
  {
    pattern: new RegExp(String.raw`dagster-cloud-action/[\w./-]*@v${RELEASE}\b`, 'g'),
    where: 'dagster-cloud-action tag',
  },
  {
    pattern: new RegExp(String.raw`dagster-cloud-(?:action|agent):${RELEASE}\b`, 'g'),
    where: 'image tag',
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\w-])(?:${PACKAGES.join('|')})(?:\[[\w,-]*\])?\s*==\s*${RELEASE}\b`,
      'g',
    ),
    where: 'package pin',
  },
];

/** Longest text read, like the import's own cap: more is not a Dagster file. */
const MAX_TEXT = 512 * 1024;

/** The version `texts` show (the oldest of them), or null when none shows one. */
export const findDagsterVersion = (texts: readonly string[]): DetectedVersion | null => {
  const sightings: VersionSighting[] = [];
  for (const text of texts) {
    const bounded = text.slice(0, MAX_TEXT);
    for (const { pattern, where } of PATTERNS) {
      for (const match of bounded.matchAll(pattern)) {
        const version = match[1] ?? '';
        if (isDagsterVersion(version) && sightings.length < MAX_SIGHTINGS) {
          sightings.push({ version, where: `${where} ${match[0]}` });
        }
      }
    }
  }
  const [oldest] = [...sightings].sort((a, b) => compareVersions(a.version, b.version));
  return oldest === undefined ? null : { version: oldest.version, sightings };
};
