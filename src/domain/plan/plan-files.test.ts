import { describe, expect, it } from 'vitest';

import { PERSONA_EXPECTATIONS, PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { answersWith } from '../__fixtures__/scale-answers';
import { configFormatOf } from '../emitters/config-format';
import { OPTIONAL_TARGET_IDS, TARGET_IDS } from '../emitters/types';
import { normalizeTargets, type Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { LEVEL_IDS } from '../scoring/types';
import { buildTopology, locationsOf } from '../topology/build-topology';
import { planFiles, planFilesInSteps } from './plan-files';
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
    '%s: a checklist, a decision record, and per repository the deploy config of its Dagster version, with the share link',
    (id) => {
      const answers = PERSONAS[id];
      const { topology, files } = planFiles(answers, { shareUrl: SHARE_URL });
      const paths = files.map((f) => f.path);
      expect(paths).toContain('SETUP.md');
      expect(paths).toContain('docs/decisions/0001-dagster-isolation.md');
      // One deploy config per repository: one in a monorepo, one per team's repository. With a
      // stated Dagster version of 1.12.11 or later (and no agent queues) it is dg's workspace file,
      // dg.toml; otherwise dagster_cloud.yaml, as before the version answer existed.
      const dg = configFormatOf(answers, topology).format === 'dg';
      const [config, other] = dg
        ? ['dg.toml', 'dagster_cloud.yaml']
        : ['dagster_cloud.yaml', 'dg.toml'];
      const configs = files.filter((f) => f.path === config || f.path.endsWith(`/${config}`));
      expect(configs).toHaveLength(
        PERSONA_EXPECTATIONS[id].layout === 'monorepo'
          ? 1
          : new Set(answers.projects.map((p) => p.team)).size,
      );
      expect(paths.filter((p) => p.endsWith(other))).toEqual([]);
      for (const file of configs) expect(file.content).toContain(SHARE_URL);
    },
  );

  it('writes dg files for a stated 1.12.11, dagster_cloud.yaml for 1.12.10 or no version', () => {
    const at = (dagsterVersion: string | null) =>
      planFiles({ ...PERSONAS.oneTeamOneCloud, dagsterVersion }, { shareUrl: SHARE_URL }).files.map(
        (f) => f.path,
      );
    expect(at('1.12.11')).toContain('dg.toml');
    expect(at('1.12.11')).not.toContain('dagster_cloud.yaml');
    for (const version of ['1.12.10', null]) {
      expect(at(version)).toContain('dagster_cloud.yaml');
      expect(at(version)).not.toContain('dg.toml');
    }
  });

  it('numbers the decision record as asked', () => {
    const paths = planFiles(PERSONAS.twoClouds, {
      shareUrl: SHARE_URL,
      decisionRecordNumber: 12,
    }).files.map((f) => f.path);
    expect(paths).toContain('docs/decisions/0012-dagster-isolation.md');
    expect(paths).not.toContain('docs/decisions/0001-dagster-isolation.md');
  });

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

describe('the results rank and build the topology of one answers object once', () => {
  it.each(PERSONA_IDS)(
    '%s: the ranking and topology of planFiles are those the results already made',
    (id) => {
      // A copy: no other test has ranked this object yet.
      const answers = { ...PERSONAS[id] };
      const ranking = rankOptions(answers);
      const topology = recommendedTopology(answers, ranking);
      const plan = planFiles(answers, { shareUrl: SHARE_URL });
      expect(plan.ranking).toBe(ranking);
      expect(plan.topology).toBe(topology);
      expect(rankOptions(answers)).toBe(ranking);
    },
  );

  it.each(PERSONA_IDS)('%s: edited answers (a new object) are ranked afresh', (id) => {
    const answers = PERSONAS[id];
    const before = rankOptions(answers);
    const other = answers.plan === 'pro' ? 'starter' : 'pro';
    const edited = { ...answers, plan: other } as const;
    const after = rankOptions(edited);
    expect(after).not.toBe(before);
    // Equal to a ranking never cached: nothing of `answers` leaks into it.
    expect(after).toEqual(rankOptions(structuredClone(edited)));
  });

  it.each(PERSONA_IDS.flatMap((id) => LEVEL_IDS.map((level) => [id, level] as const)))(
    '%s: the topology asked for at %s is built at that level, whatever was built before',
    (id, level) => {
      const answers = { ...PERSONAS[id] };
      const ranking = rankOptions(answers);
      recommendedTopology(answers, ranking);
      for (const layout of ['monorepo', 'multirepo'] as const) {
        const topology = recommendedTopology(answers, {
          recommended: level,
          layout: { ...ranking.layout, layout },
        });
        expect([topology.level, topology.layout]).toEqual([level, layout]);
        expect(topology).toEqual(buildTopology(answers, level, layout));
      }
    },
  );
});

/** Optional targets emitAll writes for `answers`: those asked for, and the dg files in the dg format. */
const optionalWritten = (answers: Answers): number => {
  const topology = recommendedTopology(answers);
  const dg = configFormatOf(answers, topology).format === 'dg';
  return OPTIONAL_TARGET_IDS.filter(
    (t) => answers.targets.includes(t) || (t === 'dg-project' && dg),
  ).length;
};

describe('planFilesInSteps: the same plan, a step at a time', () => {
  const cases = [
    ...PERSONA_IDS.map((id) => ({ name: id, answers: PERSONAS[id] })),
    {
      name: '40 projects, every optional target',
      answers: { ...answersWith(40), targets: normalizeTargets(OPTIONAL_TARGET_IDS) },
    },
    { name: 'no project', answers: { ...PERSONAS.twoClouds, projects: [] } },
  ];

  it.each(cases)('$name: the files planFiles writes, byte for byte, in order', ({ answers }) => {
    const steps = planFilesInSteps(answers, { shareUrl: SHARE_URL, decisionRecordNumber: 7 });
    let paused = 0;
    let next = steps.next();
    while (next.done !== true) {
      paused += 1;
      next = steps.next();
    }
    const whole = planFiles(answers, { shareUrl: SHARE_URL, decisionRecordNumber: 7 });
    expect(next.value.files).toEqual(whole.files);
    expect(next.value.ranking).toBe(whole.ranking);
    expect(next.value.topology).toBe(whole.topology);
    // A pause after the topology and after each target written (every default target at least);
    // none without a project.
    expect(paused).toBe(
      answers.projects.length === 0 ? 0 : 1 + TARGET_IDS.length + optionalWritten(answers),
    );
  });
});
