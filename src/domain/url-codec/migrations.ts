/**
 * The one place where share links of other format versions are handled.
 *
 * - `v` missing: read as version 1 (the first public format), silently.
 * - `v` not a whole number, or older than any known version: read as the current version, reported.
 * - `v` newer than this app: read best-effort with today's keys, reported ("made by a newer
 *   version of the app"), so a person knows some answers may be missing.
 * - An older, known version: every migration from that version up runs in order. Each migration
 *   renames keys and values of the pairs; nothing else in the codec knows about old formats.
 *
 * `SHARE_MIGRATIONS` is empty: version 1 is the only format ever published. The mechanism is
 * exercised by migrations.test.ts with a test-only table, so the first real rename only adds a row.
 */
import { minOf } from '../list';
import type { SharePair, ShareProblem } from './types';

/** Upgrades pairs from `fromVersion` to `fromVersion + 1` by renaming keys, then values. */
export type ShareMigration = {
  readonly fromVersion: number;
  /** Why the format changed (for the changelog and reviewers). */
  readonly note: string;
  /** Old key → new key. */
  readonly renameKeys: Readonly<Partial<Record<string, string>>>;
  /** New key → (old value → new value), applied after the key renames. */
  readonly renameValues: Readonly<
    Partial<Record<string, Readonly<Partial<Record<string, string>>>>>
  >;
};

/** Published format changes, oldest first. Empty: only version 1 has ever existed. */
export const SHARE_MIGRATIONS: readonly ShareMigration[] = [];

/** The version a link without `v` is read as. */
export const VERSION_WHEN_MISSING = 1;

export type MigrationOutcome = {
  readonly pairs: readonly SharePair[];
  /** The version the link claimed (or the current one when it claimed none or garbage). */
  readonly linkVersion: number;
  readonly problems: readonly ShareProblem[];
};

export type MigrateOptions = {
  /** The format this app writes (`SHARE_FORMAT_VERSION`). */
  readonly currentVersion: number;
  /** Defaults to `SHARE_MIGRATIONS`; tests pass their own table. */
  readonly migrations?: readonly ShareMigration[];
};

const VERSION_PATTERN = /^[0-9]{1,9}$/;

/** The shortened, printable form of a raw value used in problem messages. */
export type DisplayFn = (raw: string) => string;

const rename = (pairs: readonly SharePair[], m: ShareMigration): SharePair[] =>
  pairs.map(({ key, value }) => {
    const newKey = Object.hasOwn(m.renameKeys, key) ? (m.renameKeys[key] ?? key) : key;
    const values = Object.hasOwn(m.renameValues, newKey) ? m.renameValues[newKey] : undefined;
    const newValue =
      values !== undefined && Object.hasOwn(values, value) ? (values[value] ?? value) : value;
    return { key: newKey, value: newValue };
  });

/**
 * Brings the pairs of a link to the current format. `rawVersion` is the first `v` value (already
 * percent-decoded) or `undefined` when the link has none. Never throws.
 */
export const migrateSharePairs = (
  pairs: readonly SharePair[],
  rawVersion: string | undefined,
  options: MigrateOptions,
  display: DisplayFn = (raw) => raw,
): MigrationOutcome => {
  const { currentVersion } = options;
  const migrations = options.migrations ?? SHARE_MIGRATIONS;
  if (rawVersion === undefined) {
    return { ...upgrade(pairs, VERSION_WHEN_MISSING, currentVersion, migrations), problems: [] };
  }
  const shown = display(rawVersion);
  if (!VERSION_PATTERN.test(rawVersion)) {
    return {
      pairs,
      linkVersion: currentVersion,
      problems: [
        {
          key: 'v',
          value: shown,
          reason: `\`v=${shown}\` is not a format version (a whole number); read the link as version ${currentVersion}.`,
        },
      ],
    };
  }
  const version = Number(rawVersion);
  if (version > currentVersion) {
    return {
      pairs,
      linkVersion: version,
      problems: [
        {
          key: 'v',
          value: shown,
          reason: `This link was made by a newer version of the app (format ${version}; this one reads format ${currentVersion}). Read what this version understands; check the answers before relying on them.`,
        },
      ],
    };
  }
  const oldest = minOf(
    VERSION_WHEN_MISSING,
    migrations.map((m) => m.fromVersion),
  );
  if (version < oldest) {
    return {
      pairs,
      linkVersion: currentVersion,
      problems: [
        {
          key: 'v',
          value: shown,
          reason: `\`v=${shown}\` is not a known format version; read the link as version ${currentVersion}.`,
        },
      ],
    };
  }
  return { ...upgrade(pairs, version, currentVersion, migrations), problems: [] };
};

const upgrade = (
  pairs: readonly SharePair[],
  from: number,
  currentVersion: number,
  migrations: readonly ShareMigration[],
): { pairs: readonly SharePair[]; linkVersion: number } => {
  let upgraded = pairs;
  for (let version = from; version < currentVersion; version += 1) {
    const step = migrations.find((m) => m.fromVersion === version);
    if (step !== undefined) upgraded = rename(upgraded, step);
  }
  return { pairs: upgraded, linkVersion: from };
};
