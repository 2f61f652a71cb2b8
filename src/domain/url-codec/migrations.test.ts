import { describe, expect, it } from 'vitest';

import { SHARE_FORMAT_VERSION } from './codec';
import {
  migrateSharePairs,
  SHARE_MIGRATIONS,
  VERSION_WHEN_MISSING,
  type ShareMigration,
} from './migrations';
import { isShareKey } from './share-keys';
import type { SharePair } from './types';

const pairs = (fragment: string): SharePair[] =>
  fragment.split('&').map((kv) => {
    const [key = '', value = ''] = kv.split('=');
    return { key, value };
  });

/**
 * A test-only history: an imagined version 0 spelled `project=` and `teams=` and wrote `prod=yes`,
 * and an imagined version 2 renamed `cost` to `budget`. Neither is, or may become, public format:
 * they only prove the mechanism so that the first real change adds one row to SHARE_MIGRATIONS.
 */
const PRETEND_V0_TO_V1: ShareMigration = {
  fromVersion: 0,
  note: 'test only: v0 spelled projects and teams out and wrote prod as yes/no',
  renameKeys: { project: 'p', teams: 'st' },
  renameValues: { prod: { yes: '1', no: '0' } },
};
const PRETEND_V1_TO_V2: ShareMigration = {
  fromVersion: 1,
  note: 'test only: v2 calls cost "budget" and its levels tight/normal/loose',
  renameKeys: { cost: 'budget' },
  renameValues: { budget: { high: 'tight', medium: 'normal', low: 'loose' } },
};

describe('the published migrations table', () => {
  it('upgrades only from versions older than the current one, each version once', () => {
    const from = SHARE_MIGRATIONS.map((m) => m.fromVersion);
    expect(new Set(from).size).toBe(from.length);
    for (const version of from) expect(version).toBeLessThan(SHARE_FORMAT_VERSION);
  });

  it('renames only to keys of the current format', () => {
    for (const m of SHARE_MIGRATIONS) {
      for (const key of Object.values(m.renameKeys)) expect(isShareKey(key ?? '')).toBe(true);
    }
  });
});

describe('migrateSharePairs', () => {
  const current = { currentVersion: SHARE_FORMAT_VERSION };
  const link = pairs('plan=solo&p=a.b.c');

  it.each([
    { label: 'no v at all', v: undefined, version: VERSION_WHEN_MISSING, problem: null },
    { label: 'the current version', v: '1', version: 1, problem: null },
    {
      label: 'a newer version',
      v: '2',
      version: 2,
      problem: 'made by a newer version of the app (format 2',
    },
    { label: 'a far newer version', v: '999999999', version: 999999999, problem: 'newer version' },
    {
      label: 'version 0, which never existed',
      v: '0',
      version: 1,
      problem: 'is not a known format version',
    },
    { label: 'a negative version', v: '-1', version: 1, problem: 'is not a format version' },
    { label: 'a decimal version', v: '1.5', version: 1, problem: 'is not a format version' },
    { label: 'an empty version', v: '', version: 1, problem: 'is not a format version' },
    { label: 'a word', v: 'latest', version: 1, problem: 'is not a format version' },
  ])('$label: reads the pairs as they are', ({ v, version, problem }) => {
    const outcome = migrateSharePairs(link, v, current);
    expect(outcome.pairs).toEqual(link);
    expect(outcome.linkVersion).toBe(version);
    if (problem === null) {
      expect(outcome.problems).toEqual([]);
    } else {
      expect(outcome.problems).toHaveLength(1);
      expect(outcome.problems[0]?.key).toBe('v');
      expect(outcome.problems[0]?.reason).toContain(problem);
    }
  });

  it('shows the version through the display function it is given', () => {
    const outcome = migrateSharePairs(link, 'x\ny', current, (raw) => raw.replace('\n', '?'));
    expect(outcome.problems[0]?.value).toBe('x?y');
    expect(outcome.problems[0]?.reason).not.toContain('\n');
  });

  it('upgrades an older known version by renaming keys, then values', () => {
    const outcome = migrateSharePairs(
      pairs('v=0&project=a.b.c&teams=b&prod=yes&plan=solo&prodx=yes'),
      '0',
      { currentVersion: 1, migrations: [PRETEND_V0_TO_V1] },
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.linkVersion).toBe(0);
    expect(outcome.pairs).toEqual(pairs('v=0&p=a.b.c&st=b&prod=1&plan=solo&prodx=yes'));
  });

  it('chains every migration from the link version up to the current one, in order', () => {
    const history = [PRETEND_V1_TO_V2, PRETEND_V0_TO_V1];
    const fromV0 = migrateSharePairs(pairs('project=a.b.c&cost=high'), '0', {
      currentVersion: 2,
      migrations: history,
    });
    expect(fromV0.pairs).toEqual(pairs('p=a.b.c&budget=tight'));
    const fromV1 = migrateSharePairs(pairs('project=a.b.c&cost=low'), '1', {
      currentVersion: 2,
      migrations: history,
    });
    // `project` was never a v1 key, so a v1 link keeps it (and the codec will ignore it).
    expect(fromV1.pairs).toEqual(pairs('project=a.b.c&budget=loose'));
    const missing = migrateSharePairs(pairs('cost=medium'), undefined, {
      currentVersion: 2,
      migrations: history,
    });
    expect(missing.pairs).toEqual(pairs('budget=normal'));
  });

  it('never renames through the prototype (hostile keys stay as they are)', () => {
    const hostile = pairs('__proto__=x&constructor=y&toString=z&prod=hasOwnProperty');
    const outcome = migrateSharePairs(hostile, '0', {
      currentVersion: 1,
      migrations: [PRETEND_V0_TO_V1],
    });
    expect(outcome.pairs).toEqual(hostile);
  });
});
