import { describe, expect, it } from 'vitest';

import { PERSONA_EXPECTATIONS, PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { locationsOf } from '../topology/build-topology';
import { planFiles } from './plan-files';
import { recommendedTopology } from './recommended-topology';

const SHARE_URL = 'https://advisor.example/#v=1';
const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];

describe('planFiles: answers → ranking → topology → files', () => {
  it.each(PERSONA_IDS)('%s: the topology follows the recommended level and layout', (id) => {
    const { ranking, topology } = planFiles(PERSONAS[id], { shareUrl: SHARE_URL });
    expect([ranking.recommended, ranking.layout.layout]).toEqual([
      PERSONA_EXPECTATIONS[id].first,
      PERSONA_EXPECTATIONS[id].layout,
    ]);
    expect([topology.level, topology.layout]).toEqual([ranking.recommended, ranking.layout.layout]);
    // Every project is a code location (in each deployment that runs it).
    expect(new Set(locationsOf(topology).map((l) => l.name))).toEqual(
      new Set(PERSONAS[id].projects.map((p) => p.name)),
    );
  });

  it.each(PERSONA_IDS)(
    '%s: a checklist, and one dagster_cloud.yaml per repository with the share link',
    (id) => {
      const { files } = planFiles(PERSONAS[id], { shareUrl: SHARE_URL });
      expect(files.map((f) => f.path)).toContain('SETUP.md');
      // dagster_cloud.yaml once per repository: one in a monorepo, one per team's repository.
      const configs = files.filter((f) => f.path.endsWith('dagster_cloud.yaml'));
      expect(configs).toHaveLength(
        PERSONA_EXPECTATIONS[id].layout === 'monorepo'
          ? 1
          : new Set(PERSONAS[id].projects.map((p) => p.team)).size,
      );
      for (const file of configs) expect(file.content).toContain(SHARE_URL);
    },
  );

  it.each([
    [[], []],
    [['terraform'], ['terraform/main.tf.json']],
    [
      ['dg-project', 'terraform'],
      ['dg.toml', 'terraform/main.tf.json'],
    ],
  ] as const)('with targets %j also writes %j', (targets, expected) => {
    const answers = { ...PERSONAS.twoClouds, targets: [...targets] };
    const paths = planFiles(answers, { shareUrl: SHARE_URL }).files.map((f) => f.path);
    const base = planFiles(PERSONAS.twoClouds, { shareUrl: SHARE_URL }).files.map((f) => f.path);
    const extra = paths.filter((p) => !base.includes(p));
    for (const name of expected)
      expect(extra.some((p) => p === name || p.endsWith(`/${name}`))).toBe(true);
    expect(extra.length === 0).toBe(expected.length === 0);
  });

  it('writes no file without a project, and still ranks', () => {
    const plan = planFiles({ ...PERSONAS.twoClouds, projects: [] }, { shareUrl: SHARE_URL });
    expect(plan.files).toEqual([]);
    expect(plan.ranking.levels).toHaveLength(3);
  });

  it.each(PERSONA_IDS)('%s: the screens’ topology is the one behind the files', (id) => {
    const plan = planFiles(PERSONAS[id], { shareUrl: SHARE_URL });
    expect(recommendedTopology(PERSONAS[id])).toEqual(plan.topology);
    expect(recommendedTopology(PERSONAS[id], plan.ranking)).toEqual(plan.topology);
  });
});
