import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbDagsterVersion } from '../__fixtures__/arbitraries';
import { PERSONAS, PERSONA_EXPECTATIONS, type PersonaId } from '../__fixtures__/personas';
import { OPTIONAL_TARGET_IDS } from '../emitters/types';
import {
  AGENT_PLATFORMS,
  CI_PROVIDERS,
  DEPENDENCY_MODES,
  PLANS,
  PRIORITY_LEVELS,
  RELEASE_MODES,
  SHARING_LEVELS,
  SOD_LEVELS,
  answersSchema,
  teamsOf,
  type Answers,
  type PriorityLevel,
} from '../questionnaire/schemas';
import { CRITERIA, type CriterionId } from './criteria';
import { PLAN_LIMITS_VERIFIED } from './plans';
import { compareLevels, rankOptions } from './rank-options';
import { LEVEL_IDS, type LevelId, type Ranking } from './types';
import { SCORING_MODEL_VERSION } from './version';

const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];

/** Full expected order for each persona: [level, meets every requirement]. From the principles. */
const EXPECTED_ORDER = {
  oneTeamOneCloud: [
    ['code-location', true],
    ['agent', true],
    ['deployment', true],
  ],
  // Agent meets the compute requirement and keeps one pane; deployment meets it too; code
  // location fails it, so it comes last whatever its score.
  twoClouds: [
    ['agent', true],
    ['deployment', true],
    ['code-location', false],
  ],
  regulatedTeam: [
    ['deployment', true],
    ['code-location', false],
    ['agent', false],
  ],
  prodAndStaging: [
    ['deployment', true],
    ['code-location', false],
    ['agent', false],
  ],
  busyNeighbour: [
    ['agent', true],
    ['deployment', true],
    ['code-location', false],
  ],
  // Only code location is on Starter (it fails the compute requirement); agent and deployment
  // would meet it, keep their scores and rank after it, unavailable.
  starterTwoClouds: [
    ['code-location', false],
    ['agent', true],
    ['deployment', true],
  ],
  independentTeams: [
    ['code-location', true],
    ['agent', true],
    ['deployment', true],
  ],
  threeTeamsNinePipelines: [
    ['deployment', true],
    ['agent', false],
    ['code-location', false],
  ],
} as const satisfies Record<PersonaId, readonly (readonly [LevelId, boolean])[]>;

/** Availability of each level on the persona's plan. */
const EXPECTED_AVAILABLE = {
  oneTeamOneCloud: { 'code-location': true, agent: true, deployment: true },
  twoClouds: { 'code-location': true, agent: true, deployment: true },
  regulatedTeam: { 'code-location': true, agent: true, deployment: true },
  prodAndStaging: { 'code-location': true, agent: true, deployment: true },
  busyNeighbour: { 'code-location': true, agent: true, deployment: true },
  starterTwoClouds: { 'code-location': true, agent: false, deployment: false },
  independentTeams: { 'code-location': true, agent: true, deployment: true },
  threeTeamsNinePipelines: { 'code-location': true, agent: true, deployment: true },
} as const satisfies Record<PersonaId, Record<LevelId, boolean>>;

const with_ = (id: PersonaId, overrides: Partial<Answers>): Answers => ({
  ...PERSONAS[id],
  ...overrides,
});

const positionOf = (ranking: Ranking, level: LevelId): number =>
  ranking.levels.findIndex((l) => l.level === level);

/** Every invariant the ranking promises, for any valid answers. */
const expectInvariants = (answers: Answers): void => {
  const ranking = rankOptions(answers);
  expect(ranking.modelVersion).toBe(SCORING_MODEL_VERSION);
  expect(ranking.levels.map((l) => l.level).toSorted()).toEqual([...LEVEL_IDS].sort());
  expect(ranking.recommended).toBe(ranking.levels[0]?.level);
  ranking.levels.forEach((level, index) => {
    expect(level.rank).toBe(index + 1);
    const sum = level.breakdown.reduce((s, row) => s + row.points, 0);
    expect(level.score).toBe(Math.round(sum));
    expect(Number.isInteger(level.score)).toBe(true);
    expect(level.score).toBeGreaterThanOrEqual(0);
    expect(level.score).toBeLessThanOrEqual(100);
    expect(level.breakdown.reduce((s, row) => s + row.weight, 0)).toBe(100);
    for (const row of level.breakdown) {
      expect(row.points).toBeCloseTo(row.weight * row.fit, 9);
      expect(row.fit).toBeGreaterThanOrEqual(0);
      expect(row.fit).toBeLessThanOrEqual(1);
      expect(row.setBy.length).toBeGreaterThan(0);
      expect(row.reason).not.toBe('');
    }
    expect(level.available).toBe(level.needs === null);
    expect(level.reasons.length).toBeGreaterThan(0);
  });
  for (let i = 1; i < ranking.levels.length; i += 1) {
    const ahead = ranking.levels[i - 1];
    const behind = ranking.levels[i];
    if (ahead === undefined || behind === undefined) throw new Error('missing level');
    // Unavailable never above available; failing never above passing (within availability).
    expect(Number(ahead.available)).toBeGreaterThanOrEqual(Number(behind.available));
    if (ahead.available === behind.available) {
      expect(Number(ahead.unmet.length === 0)).toBeGreaterThanOrEqual(
        Number(behind.unmet.length === 0),
      );
      if ((ahead.unmet.length === 0) === (behind.unmet.length === 0)) {
        expect(ahead.score).toBeGreaterThanOrEqual(behind.score);
        if (ahead.score === behind.score) {
          expect(LEVEL_IDS.indexOf(ahead.level)).toBeLessThan(LEVEL_IDS.indexOf(behind.level));
        }
      }
    }
  }
  expect(rankOptions(answers)).toEqual(ranking);
  expect(ranking.summary).toMatch(/^[A-Z][^\n]*\.$/);
};

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Random valid answers: up to 8 projects over 3 teams and 3 compute environments. */
const answersArbitrary: fc.Arbitrary<Answers> = fc
  .uniqueArray(
    fc.record({
      name: pick(['ingest', 'marts', 'train', 'score', 'cdc', 'ledger', 'events', 'crm']),
      team: pick(['data', 'finance', 'science']),
      compute: pick(['aws', 'gcp', 'gpu']),
      highVolume: fc.boolean(),
    }),
    { selector: (p) => p.name, minLength: 1, maxLength: 8 },
  )
  .chain((projects) =>
    fc.record({
      plan: pick(PLANS),
      agent: pick(AGENT_PLATFORMS),
      ci: pick(CI_PROVIDERS),
      projects: fc.constant(projects),
      sod: pick(SOD_LEVELS),
      sodTeams: fc.subarray(teamsOf({ projects })),
      prod: fc.boolean(),
      share: pick(SHARING_LEVELS),
      release: pick(RELEASE_MODES),
      deps: pick(DEPENDENCY_MODES),
      pane: pick(PRIORITY_LEVELS),
      ops: pick(PRIORITY_LEVELS),
      cost: pick(PRIORITY_LEVELS),
      targets: fc.subarray([...OPTIONAL_TARGET_IDS]),
      dagsterVersion: arbDagsterVersion,
    }),
  );

describe('rankOptions: personas', () => {
  it.each(PERSONA_IDS.map((id) => [id, PERSONA_EXPECTATIONS[id].first] as const))(
    '%s → %s ranks first',
    (id, first) => {
      const ranking = rankOptions(PERSONAS[id]);
      expect(ranking.recommended).toBe(first);
      expect(ranking.levels[0]?.level).toBe(first);
    },
  );

  it.each(PERSONA_IDS.map((id) => [id, PERSONA_EXPECTATIONS[id].layout] as const))(
    '%s → %s layout',
    (id, layout) => {
      expect(rankOptions(PERSONAS[id]).layout.layout).toBe(layout);
    },
  );

  it.each(PERSONA_IDS.map((id) => [id, EXPECTED_ORDER[id]] as const))(
    '%s → full order and whether each meets every requirement: %j',
    (id, expected) => {
      const ranking = rankOptions(PERSONAS[id]);
      expect(ranking.levels.map((l) => [l.level, l.unmet.length === 0])).toEqual(expected);
    },
  );

  it.each(PERSONA_IDS.map((id) => [id, EXPECTED_AVAILABLE[id]] as const))(
    '%s → availability on the plan %j',
    (id, expected) => {
      const ranking = rankOptions(PERSONAS[id]);
      for (const level of ranking.levels) expect(level.available).toBe(expected[level.level]);
    },
  );

  it.each(PERSONA_IDS)('%s: every invariant holds', (id) => {
    expectInvariants(PERSONAS[id]);
  });
});

describe('rankOptions: the principles of issue #2', () => {
  it('only separate deployments keep one team’s assets and runs hidden from another', () => {
    const ranking = rankOptions(PERSONAS.regulatedTeam);
    expect(ranking.requirements.map((r) => [r.id, r.minimumLevel])).toEqual([
      ['confidential-teams', 'deployment'],
    ]);
    expect(ranking.recommended).toBe('deployment');
    expect(ranking.levels.find((l) => l.level === 'agent')?.unmet.map((r) => r.id)).toEqual([
      'confidential-teams',
    ]);
  });

  it('separating production from non-production calls for deployments', () => {
    const ranking = rankOptions(PERSONAS.prodAndStaging);
    expect(ranking.requirements.map((r) => [r.id, r.minimumLevel])).toEqual([
      ['prod-separation', 'deployment'],
    ]);
    expect(ranking.recommended).toBe('deployment');
  });

  it.each([
    ['distinct compute environments', 'twoClouds', {}, 'distinct-compute'],
    [
      'runs that need their own credentials or network',
      'independentTeams',
      { sod: 'execution' },
      'execution-credentials',
    ],
    ['a busy project that would slow its neighbours', 'busyNeighbour', {}, 'busy-neighbour'],
  ] as const)('%s call for at least agents', (_need, id, overrides, requirementId) => {
    const ranking = rankOptions(with_(id, overrides));
    expect(ranking.requirements.map((r) => [r.id, r.minimumLevel])).toContainEqual([
      requirementId,
      'agent',
    ]);
    expect(ranking.levels.find((l) => l.level === 'code-location')?.unmet).not.toEqual([]);
    expect(ranking.levels.find((l) => l.level === 'agent')?.unmet).toEqual([]);
    expect(ranking.recommended).not.toBe('code-location');
  });

  it('with none of these needs, code location isolation ranks first: simplest, cheapest, one pane', () => {
    const ranking = rankOptions(PERSONAS.oneTeamOneCloud);
    expect(ranking.requirements).toEqual([]);
    expect(ranking.recommended).toBe('code-location');
    const first = ranking.levels[0];
    for (const criterion of ['simplicity', 'cost', 'pane'] as const) {
      const fit = first?.breakdown.find((row) => row.criterionId === criterion)?.fit;
      expect(fit).toBe(1);
    }
  });

  it('with none of these needs, code location isolation ranks first for any priorities (property)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const ranking = rankOptions(answers);
        if (ranking.requirements.length === 0) expect(ranking.recommended).toBe('code-location');
      }),
      { numRuns: 300 },
    );
  });

  it('an option that fails a requirement never outranks one that meets them all (on the same plan)', () => {
    // Code location scores higher than deployment here but fails the prod requirement.
    const ranking = rankOptions(PERSONAS.prodAndStaging);
    const codeLocation = ranking.levels.find((l) => l.level === 'code-location');
    const deployment = ranking.levels.find((l) => l.level === 'deployment');
    expect(codeLocation?.score).toBeGreaterThan(deployment?.score ?? 100);
    expect(positionOf(ranking, 'deployment')).toBeLessThan(positionOf(ranking, 'code-location'));
  });

  it.each([
    ['pane high → agent keeps one view of all assets', 'high', 'low', 'high', 'agent'],
    ['pane low, ops capacity high, cost no issue → deployment', 'low', 'high', 'low', 'deployment'],
  ] as const)(
    'among options that meet the requirements, the priorities decide: %s',
    (_label, pane, ops, cost, first) => {
      expect(rankOptions(with_('busyNeighbour', { pane, ops, cost })).recommended).toBe(first);
    },
  );

  it.each([
    ['equal scores, agent vs code location', 'agent', 'code-location', -1],
    ['equal scores, deployment vs agent', 'deployment', 'agent', -1],
    ['equal scores, deployment vs code location', 'deployment', 'code-location', -1],
  ] as const)('a tie goes to the less isolated option: %s', (_label, more, less, sign) => {
    const make = (level: LevelId) => ({ level, available: true, unmet: [], score: 50 });
    expect(Math.sign(compareLevels(make(less), make(more)))).toBe(sign);
    expect(Math.sign(compareLevels(make(more), make(less)))).toBe(-sign);
  });

  it.each(
    PLANS.flatMap((plan) =>
      LEVEL_IDS.map((level) => [plan, level, plan === 'pro' || level === 'code-location'] as const),
    ),
  )('on %s, %s is available: %s (agent queues and deployments need Pro)', (plan, level, ok) => {
    const ranking = rankOptions(with_('threeTeamsNinePipelines', { plan }));
    const ranked = ranking.levels.find((l) => l.level === level);
    expect(ranked?.available).toBe(ok);
    expect(ranked?.needs).toBe(
      ok
        ? null
        : level === 'agent'
          ? 'Dagster+ Pro (agent queues)'
          : 'Dagster+ Pro (multiple deployments)',
    );
  });

  it('on Starter the Pro-only levels keep their score, rank after the available one and say what they need', () => {
    const onStarter = rankOptions(PERSONAS.starterTwoClouds);
    const onPro = rankOptions(with_('starterTwoClouds', { plan: 'pro' }));
    expect(onStarter.levels.map((l) => l.level)).toEqual(['code-location', 'agent', 'deployment']);
    const agent = onStarter.levels.find((l) => l.level === 'agent');
    // Higher score than the available level, still after it.
    expect(agent?.score).toBeGreaterThan(onStarter.levels[0]?.score ?? 100);
    expect(agent?.reasons[0]).toBe('Not on your plan: needs Dagster+ Pro (agent queues).');
    expect(onPro.recommended).toBe('agent');
  });

  it('plan limits are data marked unverified, and the ranking says when projects exceed them', () => {
    expect(PLAN_LIMITS_VERIFIED).toBe(false);
    const nine = PERSONAS.threeTeamsNinePipelines;
    expect(rankOptions(nine).planNotes).toEqual([]);
    const onStarter = rankOptions({ ...nine, plan: 'starter' });
    expect(onStarter.planNotes[0]).toBe(
      '9 projects need 9 code locations, but Starter is reported to include 5 (unverified: third-party transcriptions of dagster.io/pricing (unverified; plans and limits change, check your contract)).',
    );
    expect(rankOptions({ ...nine, plan: 'solo' }).planNotes[0]).toMatch(/include 1 \(unverified/);
    expect(rankOptions(PERSONAS.starterTwoClouds).planNotes).toEqual([]);
  });

  it('says per-location roles need Pro when teams must be separated on Solo or Starter', () => {
    const notes = rankOptions(with_('independentTeams', { plan: 'starter' })).planNotes;
    expect(notes).toContain(
      'Roles per code location and Teams are Dagster+ Pro features; on Starter, roles are granted per deployment, so every user with access can edit and launch every project.',
    );
  });

  it('order is deterministic: the same answers give the same ranking', () => {
    for (const id of PERSONA_IDS) {
      const first = rankOptions(PERSONAS[id]);
      expect(rankOptions(structuredClone<Answers>(PERSONAS[id]))).toEqual(first);
      expect(JSON.stringify(rankOptions(PERSONAS[id]))).toBe(JSON.stringify(first));
    }
  });
});

describe('rankOptions: summaries', () => {
  it.each([
    [
      'oneTeamOneCloud',
      'Code location isolation is recommended (99/100): no answer calls for more isolation, and it scores highest, mainly on setup and operations and cost.',
    ],
    [
      'twoClouds',
      'Agent isolation is recommended (79/100): projects must run in 2 different compute environments (aws and gcp), each with its own agent.',
    ],
    [
      'starterTwoClouds',
      'Code location isolation is the best option on Starter but misses a requirement: projects must run in 2 different compute environments (aws and onprem), each with its own agent; agent isolation would meet it with Dagster+ Pro (agent queues).',
    ],
  ] as const)('%s: %s', (id, summary) => {
    expect(rankOptions(PERSONAS[id]).summary).toBe(summary);
  });
});

/** Answers that raise criterion `c` one step, for each priority (ops is a capacity: lower it). */
const RAISES = {
  pane: (a: Answers, to: PriorityLevel): Answers => ({ ...a, pane: to }),
  cost: (a: Answers, to: PriorityLevel): Answers => ({ ...a, cost: to }),
  simplicity: (a: Answers, to: PriorityLevel): Answers => ({
    ...a,
    ops: ({ low: 'high', medium: 'medium', high: 'low' } as const)[to],
  }),
} as const satisfies Partial<Record<CriterionId, (a: Answers, to: PriorityLevel) => Answers>>;

const bestFitRank = (ranking: Ranking, criterion: CriterionId): number => {
  const fits = LEVEL_IDS.map((level) => CRITERIA[criterion].fits[level].fit);
  const best = Math.max(...fits);
  const favoured = LEVEL_IDS.filter((level) => CRITERIA[criterion].fits[level].fit === best);
  return Math.min(...favoured.map((level) => positionOf(ranking, level)));
};

describe('rankOptions: monotonicity', () => {
  it.each(
    PERSONA_IDS.flatMap((id) =>
      (Object.keys(RAISES) as (keyof typeof RAISES)[]).map((criterion) => [id, criterion] as const),
    ),
  )('%s: raising the priority on %s never lowers the level that fits it best', (id, criterion) => {
    const raise = RAISES[criterion];
    const ranks = PRIORITY_LEVELS.map((to) =>
      bestFitRank(rankOptions(raise(PERSONAS[id], to)), criterion),
    );
    expect(ranks).toEqual(ranks.toSorted((x, y) => y - x));
  });

  it('raising any priority never lowers the level that fits it best (property)', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        pick(Object.keys(RAISES) as (keyof typeof RAISES)[]),
        (answers, criterion) => {
          const raise = RAISES[criterion];
          const ranks = PRIORITY_LEVELS.map((to) =>
            bestFitRank(rankOptions(raise(answers, to)), criterion),
          );
          expect(ranks).toEqual(ranks.toSorted((x, y) => y - x));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rankOptions: property over random valid answers', () => {
  it('the generator only makes valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(answersSchema.safeParse(answers).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('every invariant holds for any valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expectInvariants(answers);
      }),
      { numRuns: 300 },
    );
  });
});
