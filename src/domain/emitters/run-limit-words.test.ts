/**
 * Files and screen say the same thing about a busy project sharing a deployment (issues #10 §3 and
 * #11): "per-location run limits", through the `dagster/code_location` tag Dagster sets on every
 * run from 1.12.9, so nobody is told to tag their jobs for them from that release on. Below it, or
 * with no version stated, the files say which version they need and cap the busy project by a
 * `project` job tag instead (asset tags are not run tags).
 */
import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { busyNeighbourNote } from '../scoring/busy-neighbours';
import type { LevelId } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import { compareVersions } from '../versions/release';
import { emitAll } from './emitters';
import { needsRunLimits } from './emit-deployment-settings';
import { versionNotes } from './version-notes';

const atLeast = (version: string | null, since: string): boolean =>
  version !== null && compareVersions(version, since) >= 0;

const SAME_WORDS = /per-location run limits/i;

const twoTeams: Answers = {
  ...PERSONAS.busyNeighbour,
  projects: PERSONAS.busyNeighbour.projects.map((p) =>
    p.name === 'billing' ? { ...p, team: 'finance' } : p,
  ),
};

const CASES = (
  [
    ['one team', PERSONAS.busyNeighbour],
    ['two teams', twoTeams],
  ] as const
).flatMap(([who, answers]) =>
  (['code-location', 'agent'] as const satisfies readonly LevelId[]).flatMap((level) =>
    [null, '1.12.8', '1.12.9', '1.13.7'].map((version) => ({
      id: `${who}, ${level}, Dagster ${version ?? 'not stated'}`,
      level,
      answers: { ...answers, dagsterVersion: version },
    })),
  ),
);

describe('per-location run limits: the same words on screen and in the files', () => {
  it.each(CASES)('$id', ({ answers, level }) => {
    const topology = buildTopology(answers, level, 'monorepo');
    expect(topology.deployments.some(needsRunLimits)).toBe(true);
    const files = emitAll(answers, topology, { shareUrl: 'https://example.test/#x' });
    const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
    const settings = files.filter((f) => f.path.endsWith('deployment_settings.yaml'));
    const perLocation = atLeast(answers.dagsterVersion, '1.12.9');

    // The screen: the busy-neighbour note (ranking) and the notes beside the files.
    expect(busyNeighbourNote(answers)).toMatch(SAME_WORDS);
    expect(busyNeighbourNote(answers)).toContain('dagster/code_location');
    const caveat = versionNotes(answers, topology).find((n) =>
      n.startsWith('Per-location run limits'),
    );
    expect(caveat).toBeDefined();

    // The files: the settings file and SETUP.md carry the very sentence shown beside them.
    expect(settings.length).toBeGreaterThan(0);
    for (const f of settings) expect(f.content).toContain(caveat);
    expect(setup).toContain(caveat);

    // Nobody is asked to tag jobs for per-location limits once Dagster tags every run.
    const asksForProjectTags = setup.includes('`project: <code location>`');
    expect(asksForProjectTags).toBe(!perLocation);
    for (const f of settings) expect(/key: project\b/.test(f.content)).toBe(!perLocation);
    if (perLocation) {
      expect(setup).toContain('nothing to tag for them');
      expect(caveat).toContain('every run carries since 1.12.9');
    } else {
      expect(caveat).toContain('need Dagster 1.12.9+');
      expect(caveat).toContain('asset tags are not run tags');
    }
    for (const f of files) expect(f.content, f.path).not.toMatch(/tag every job (?:or|and) asset/i);
  });
});
