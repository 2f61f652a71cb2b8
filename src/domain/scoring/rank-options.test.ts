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
import {
  STRONG_FIT,
  apportionPoints,
  compareLevels,
  holdsBack,
  rankOptions,
  scoreText,
} from './rank-options';
import { LEVEL_IDS, type LevelId, type RankedLevel, type Ranking, type Requirement } from './types';
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
  // A busy project weighs in (criterion `load`) but is no requirement: per-location run limits
  // cap its share of the run queue at every level, so the simplest level ranks first.
  busyNeighbour: [
    ['code-location', true],
    ['agent', true],
    ['deployment', true],
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

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The "Weak on" reason a level must give, derived from its breakdown: the criterion where it
 * loses the most points among those it fits below STRONG_FIT and that do not show every point of
 * their weight; null when there is none.
 */
const expectedWeakReason = (level: RankedLevel): string | null => {
  const weakest = level.breakdown
    .filter((row) => row.fit < STRONG_FIT && row.shownPoints < row.weight)
    .toSorted((x, y) => y.weight - y.points - (x.weight - x.points))[0];
  return weakest === undefined ? null : `Weak on ${lowerFirst(weakest.label)} (`;
};

/**
 * The whole points a reader sees for one level: integers, each within a point of the exact points
 * and never above the weight, adding up to the fit shown for the level; and the reasons quote them.
 */
const expectWholePoints = (level: RankedLevel): void => {
  for (const row of level.breakdown) {
    expect(Number.isInteger(row.shownPoints)).toBe(true);
    expect(row.shownPoints).toBeGreaterThanOrEqual(0);
    expect(row.shownPoints).toBeLessThanOrEqual(row.weight);
    expect(Math.abs(row.shownPoints - row.points)).toBeLessThan(1);
  }
  expect(level.breakdown.reduce((sum, row) => sum + row.shownPoints, 0)).toBe(level.fitScore);
  for (const reason of level.reasons.filter((r) => /^(Strong|Weak) on/.test(r))) {
    const [, label, shown, weight] = /^(?:Strong|Weak) on (.+?) \((\d+) of (\d+) points?\): /.exec(
      reason,
    ) ?? [reason];
    const row = level.breakdown.find((r) => lowerFirst(r.label) === label);
    expect(row, reason).toBeDefined();
    expect([Number(shown), Number(weight)], reason).toEqual([row?.shownPoints, row?.weight]);
  }
};

/** Every invariant the ranking promises, for any valid answers. */
const expectInvariants = (answers: Answers): void => {
  const ranking = rankOptions(answers);
  expect(ranking.modelVersion).toBe(SCORING_MODEL_VERSION);
  expect(ranking.levels.map((l) => l.level).toSorted()).toEqual([...LEVEL_IDS].sort());
  expect(ranking.recommended).toBe(ranking.levels[0]?.level);
  ranking.levels.forEach((level, index) => {
    expect(level.rank).toBe(index + 1);
    // Every point of the fit is a breakdown row; the shown score is the fit plus what is held back.
    const sum = level.breakdown.reduce((s, row) => s + row.points, 0);
    expect(level.fitScore).toBe(Math.round(sum));
    expect(level.score).toBe(level.fitScore + (level.heldBack?.points ?? 0));
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
    expectWholePoints(level);
    expect(level.available).toBe(level.needs === null);
    expect(level.reasons.length).toBeGreaterThan(0);
    // The weakest criterion is named, and nothing said elsewhere is restated.
    const weak = expectedWeakReason(level);
    if (weak === null) expect(level.reasons.some((r) => r.startsWith('Weak on'))).toBe(false);
    else expect(level.reasons.filter((r) => r.startsWith(weak))).toHaveLength(1);
    const said = level.reasons.join('\n');
    for (const requirement of level.unmet) expect(said).not.toContain(requirement.label);
    if (level.needs !== null) expect(said).not.toContain(level.needs);
    // Held back only below a level it out-fits, by exactly the difference, saying why.
    const above = ranking.levels[index - 1];
    if (level.heldBack === null) {
      expect(level.score).toBe(level.fitScore);
    } else {
      expect(above).toBeDefined();
      expect(level.heldBack.below).toBe(above?.level);
      expect(level.score).toBe(above?.score);
      expect(level.heldBack.points).toBeLessThan(0);
      expect(level.needs !== null || level.unmet.length > 0).toBe(true);
      expect(level.heldBack.because).toBe(holdsBack(level));
      expect(scoreText(level)).toBe(
        `${level.score} (fits your priorities ${level.fitScore}, but ${level.heldBack.because})`,
      );
    }
  });
  for (let i = 1; i < ranking.levels.length; i += 1) {
    const ahead = ranking.levels[i - 1];
    const behind = ranking.levels[i];
    if (ahead === undefined || behind === undefined) throw new Error('missing level');
    // The shown scores never increase down the ranking.
    expect(behind.score).toBeLessThanOrEqual(ahead.score);
    // Unavailable never above available; failing never above passing (within availability).
    expect(Number(ahead.available)).toBeGreaterThanOrEqual(Number(behind.available));
    if (ahead.available === behind.available) {
      expect(Number(ahead.unmet.length === 0)).toBeGreaterThanOrEqual(
        Number(behind.unmet.length === 0),
      );
      if ((ahead.unmet.length === 0) === (behind.unmet.length === 0)) {
        expect(ahead.fitScore).toBeGreaterThanOrEqual(behind.fitScore);
        if (ahead.fitScore === behind.fitScore) {
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

describe('rankOptions: the principles of issue #2', { timeout: 60_000 }, () => {
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
    // Answers that ask for no requirement: one compute environment, production not apart, and
    // at most access-level separation (busy projects allowed: they are weighed, not required).
    const noNeeds = answersArbitrary.map((a): Answers => ({
      ...a,
      projects: a.projects.map((p) => ({ ...p, compute: 'aws' })),
      prod: false,
      sod: a.sod === 'execution' || a.sod === 'confidential' ? 'access' : a.sod,
    }));
    fc.assert(
      fc.property(noNeeds, (answers) => {
        const ranking = rankOptions(answers);
        expect(ranking.requirements).toEqual([]);
        expect(ranking.recommended).toBe('code-location');
      }),
      { numRuns: 300 },
    );
  });

  it('a busy project is weighed, not required: no requirement, a weight on protection from busy neighbours', () => {
    const ranking = rankOptions(PERSONAS.busyNeighbour);
    expect(ranking.requirements).toEqual([]);
    expect(ranking.recommended).toBe('code-location');
    const load = ranking.levels[0]?.breakdown.find((row) => row.criterionId === 'load');
    expect(load?.weight).toBeGreaterThan(0);
    expect(ranking.busyNote).toContain("shares the deployment's run queue");
    expect(ranking.busyNote).toContain('Per-location run limits');
    expect(rankOptions(PERSONAS.oneTeamOneCloud).busyNote).toBeNull();
  });

  it('the busy note offers the code-location answers and says when a separate agent is still worth it', () => {
    const note = rankOptions(PERSONAS.busyNeighbour).busyNote ?? '';
    // Run limits on the tag Dagster sets, with the release that sets it; no tagging asked.
    expect(note).toContain('a run tag limit on dagster/code_location');
    expect(note).toContain('since 1.12.9');
    expect(note).toContain('asset tags are not run tags');
    expect(note).not.toMatch(/tag (every|each|your) (job|asset)/i);
    // Pools where a shared resource is the bottleneck.
    expect(note).toContain('Pools cap what it holds of a shared resource');
    // An agent for what it really separates: compute and credentials, not the queue.
    expect(note).toContain('agents do not split it');
    expect(note).toContain('A separate agent still pays off for compute or credentials of its own');
  });

  it('even with cost high and little capacity, a busy project no longer puts code location last (issue #11)', () => {
    const ranking = rankOptions(with_('busyNeighbour', { pane: 'high', cost: 'high', ops: 'low' }));
    expect(ranking.levels.map((l) => l.level)).toEqual(['code-location', 'agent', 'deployment']);
    const onStarter = rankOptions(with_('busyNeighbour', { plan: 'starter' }));
    expect(onStarter.summary).not.toContain('misses a requirement');
  });

  it('an option that fails a requirement never outranks one that meets them all, and its score is held back to match', () => {
    // Code location fits the priorities better than deployment here but fails the prod requirement.
    const ranking = rankOptions(PERSONAS.prodAndStaging);
    const codeLocation = ranking.levels.find((l) => l.level === 'code-location');
    const deployment = ranking.levels.find((l) => l.level === 'deployment');
    if (codeLocation === undefined || deployment === undefined) throw new Error('missing level');
    expect(codeLocation.fitScore).toBeGreaterThan(deployment.fitScore);
    expect(positionOf(ranking, 'deployment')).toBeLessThan(positionOf(ranking, 'code-location'));
    expect(codeLocation.score).toBe(deployment.score);
    expect(codeLocation.heldBack).toEqual({
      points: deployment.score - codeLocation.fitScore,
      because: 'misses a requirement',
      below: 'deployment',
    });
  });

  it('among options that meet the requirements, the priorities move the gap (deployment for its own sake rarely wins)', () => {
    // Two clouds: agent and deployment both meet the compute requirement. With access control and
    // a busy project, the priorities that favour deployment bring it level with agent, and a tie
    // goes to the less isolated level: the guide's "typical motivation" for deployments is
    // production apart, which is a requirement, not a priority.
    const cloudsAndBusy: Answers = with_('twoClouds', {
      projects: PERSONAS.twoClouds.projects.map((p, i) => ({ ...p, highVolume: i === 0 })),
      sod: 'access',
    });
    const gap = (pane: PriorityLevel, ops: PriorityLevel, cost: PriorityLevel): number => {
      const ranking = rankOptions({ ...cloudsAndBusy, pane, ops, cost });
      expect(ranking.requirements.map((r) => r.id)).toEqual(['distinct-compute']);
      expect(ranking.recommended).toBe('agent');
      const fit = (level: LevelId) => ranking.levels.find((l) => l.level === level)?.fitScore ?? 0;
      return fit('agent') - fit('deployment');
    };
    expect(gap('high', 'low', 'high')).toBeGreaterThan(20);
    expect(gap('low', 'high', 'low')).toBe(0);
  });

  it.each([
    ['equal scores, agent vs code location', 'agent', 'code-location', -1],
    ['equal scores, deployment vs agent', 'deployment', 'agent', -1],
    ['equal scores, deployment vs code location', 'deployment', 'code-location', -1],
  ] as const)('a tie goes to the less isolated option: %s', (_label, more, less, sign) => {
    const make = (level: LevelId) => ({ level, available: true, unmet: [], fitScore: 50 });
    expect(Math.sign(compareLevels(make(less), make(more)))).toBe(sign);
    expect(Math.sign(compareLevels(make(more), make(less)))).toBe(-sign);
  });
});

describe('rankOptions: what each plan makes available', { timeout: 60_000 }, () => {
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

  it('on Starter the Pro-only levels keep their fit, rank after the available one, are held to its score and say what they need', () => {
    const onStarter = rankOptions(PERSONAS.starterTwoClouds);
    const onPro = rankOptions(with_('starterTwoClouds', { plan: 'pro' }));
    expect(onStarter.levels.map((l) => l.level)).toEqual(['code-location', 'agent', 'deployment']);
    const [first, agent] = onStarter.levels;
    if (first === undefined || agent === undefined) throw new Error('missing levels');
    // Fits better than the available level, still after it, and shown no higher.
    expect(agent.fitScore).toBeGreaterThan(first.fitScore);
    expect(agent.score).toBe(first.score);
    expect(agent.heldBack).toEqual({
      points: first.score - agent.fitScore,
      because: 'needs Dagster+ Pro (agent queues)',
      below: 'code-location',
    });
    expect(scoreText(agent)).toBe(
      `${first.score} (fits your priorities ${agent.fitScore}, but needs Dagster+ Pro (agent queues))`,
    );
    // Scored with the fits it has on Pro, which it needs.
    for (const row of agent.breakdown)
      expect(row.fit).toBe(CRITERIA[row.criterionId].fits.agent.fit);
    expect(onPro.recommended).toBe('agent');
  });

  it.each<[string | null, string[], string]>([
    [null, [], ''],
    ['Dagster+ Pro (agent queues)', [], 'needs Dagster+ Pro (agent queues)'],
    [null, ['a'], 'misses a requirement'],
    [null, ['a', 'b'], 'misses 2 requirements'],
    [
      'Dagster+ Pro (multiple deployments)',
      ['a', 'b'],
      'needs Dagster+ Pro (multiple deployments) and misses 2 requirements',
    ],
  ])('what holds a level back: needs %j, unmet %j → "%s"', (needs, unmet, text) => {
    const requirement = (id: string): Requirement => ({
      id,
      label: id,
      setBy: ['prod'],
      minimumLevel: 'deployment',
    });
    expect(holdsBack({ needs, unmet: unmet.map(requirement) })).toBe(text);
  });

  it.each(['solo', 'starter'] as const)(
    'on %s, roles per code location are no strength of code location isolation (they are Pro)',
    (plan) => {
      const ranking = rankOptions(with_('independentTeams', { plan }));
      const codeLocation = ranking.levels.find((l) => l.level === 'code-location');
      const access = codeLocation?.breakdown.find((row) => row.criterionId === 'access');
      expect(access?.fit).toBeLessThan(STRONG_FIT);
      expect(access?.reason).toContain('roles per code location need Dagster+ Pro');
      expect(codeLocation?.reasons.join('\n')).not.toContain('Strong on access control');
      const onPro = rankOptions(PERSONAS.independentTeams).levels.find(
        (l) => l.level === 'code-location',
      );
      expect(onPro?.breakdown.find((row) => row.criterionId === 'access')?.fit).toBe(
        CRITERIA.access.fits['code-location'].fit,
      );
    },
  );

  it('plan limits are data marked unverified, and the ranking says when projects exceed them', () => {
    expect(PLAN_LIMITS_VERIFIED).toBe(false);
    const nine = PERSONAS.threeTeamsNinePipelines;
    expect(rankOptions(nine).planNotes).toEqual([]);
    const onStarter = rankOptions({ ...nine, plan: 'starter' });
    expect(onStarter.planNotes[0]).toBe(
      '9 projects need 9 code locations, but Starter is reported to include 5 (unverified: third-party copies of dagster.io/pricing; plans and limits change, so check your contract).',
    );
    const onSolo = rankOptions({ ...nine, plan: 'solo' }).planNotes[0] ?? '';
    expect(onSolo).toMatch(/include 1 \(unverified: /);
    // "Unverified" is said once, plainly.
    for (const note of [onSolo, onStarter.planNotes[0] ?? '']) {
      expect(note.match(/unverified/gi)).toHaveLength(1);
    }
    expect(rankOptions(PERSONAS.starterTwoClouds).planNotes).toEqual([]);
  });

  it.each([
    [5, false],
    [6, true],
  ] as const)(
    'on Starter, %i projects: a note that they exceed its 5 code locations: %s',
    (n, noted) => {
      const projects = Array.from({ length: n }, (_, i) => ({
        name: `p${i}`,
        team: 'data',
        compute: 'aws',
        highVolume: false,
      }));
      const notes = rankOptions({ ...PERSONAS.starterTwoClouds, projects }).planNotes;
      expect(notes.some((note) => note.includes('code locations'))).toBe(noted);
    },
  );

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

describe('rankOptions: what the ranking says about each level (the text the app shows)', () => {
  it.each<[PersonaId, [LevelId, string, string[]][]]>([
    [
      'regulatedTeam',
      [
        [
          'deployment',
          '56',
          [
            'Meets the requirement.',
            'Strong on assets hidden between teams (35 of 35 points): Access is granted per deployment, so a team sees only its own deployments.',
            'Strong on access control (12 of 12 points): Roles per deployment and per code location.',
            'Weak on one view of all assets (0 of 17 points): Assets are split across deployments; users switch deployments to see them.',
          ],
        ],
        [
          'code-location',
          '56 (fits your priorities 60, but misses a requirement)',
          [
            'Strong on setup and operations (18 of 18 points): One agent and one deployment run every project: nothing extra to set up.',
            'Strong on cost (18 of 18 points): One agent to pay for, and it works on every plan.',
            'Weak on assets hidden between teams (0 of 35 points): Anyone with access to the deployment can see every code location in it.',
          ],
        ],
        [
          'agent',
          '42',
          [
            'Strong on one view of all assets (17 of 17 points): Agents share one deployment, so the asset graph stays whole.',
            'Strong on access control (7 of 12 points): Roles per code location (Dagster+ Pro), on top of the deployment-wide role.',
            'Weak on assets hidden between teams (0 of 35 points): Agents separate runs, not visibility: the deployment still shows every asset.',
          ],
        ],
      ],
    ],
    [
      'busyNeighbour',
      [
        [
          'code-location',
          '83',
          [
            'Strong on setup and operations (22 of 22 points): One agent and one deployment run every project: nothing extra to set up.',
            'Strong on cost (22 of 22 points): One agent to pay for, and it works on every plan.',
            "Weak on protection from busy neighbours (15 of 30 points): Per-location run limits (every run carries a dagster/code_location tag since Dagster 1.12.9) keep a busy project from filling the deployment's run queue; its runs still share one agent and its compute.",
          ],
        ],
        [
          'agent',
          '67',
          [
            'Strong on one view of all assets (22 of 22 points): Agents share one deployment, so the asset graph stays whole.',
            "Strong on protection from busy neighbours (21 of 30 points): Its own agent gives the busy project its own compute and credentials; the deployment's run queue is still shared, so per-location run limits still cap its share.",
            'Weak on setup and operations (11 of 22 points): Each isolated group needs its own agent and agent queue to set up and maintain.',
          ],
        ],
        [
          'deployment',
          '39',
          [
            'Strong on protection from busy neighbours (24 of 30 points): Each deployment has its own run queue and concurrency settings, so a busy project slows only the projects in its own deployment.',
            'Strong on access control (4 of 4 points): Roles per deployment and per code location.',
            'Weak on one view of all assets (0 of 22 points): Assets are split across deployments; users switch deployments to see them.',
          ],
        ],
      ],
    ],
  ])('%s: score text and reasons of each level, in rank order', (id, expected) => {
    const { levels } = rankOptions(PERSONAS[id]);
    expect(levels.map((l) => [l.level, scoreText(l), l.reasons])).toEqual(expected);
  });
});

describe('rankOptions: the whole points a reader sees (issue #14: no "3.6 of 6 points")', () => {
  it.each<[string, number[], number, number[]]>([
    // oneTeamOneCloud, agent: rounding each row would show 67 points under a fit of 66.
    ['more than the fit if each row were rounded', [16.5, 16, 32, 0, 1.8], 66, [16, 16, 32, 0, 2]],
    // twoClouds, agent: two equal remainders; the point left goes to the first row.
    ['a tie, broken in row order', [7.5, 7.5, 30, 25, 9], 79, [8, 7, 30, 25, 9]],
    // prodAndStaging, agent: two points left, to the largest remainders (0.7, then 0.5).
    ['two points left over', [9.5, 9.5, 19, 2.4, 11.7], 52, [10, 9, 19, 2, 12]],
    ['fewer than the fit if each row were rounded', [2.4, 2.4, 2.4], 7, [3, 2, 2]],
    ['whole points stay as they are', [35, 12, 0], 47, [35, 12, 0]],
    ['nothing earned, nothing shown', [0, 0, 0], 0, [0, 0, 0]],
  ])('%s: %j with a fit of %i shows %j', (_case, points, fit, shown) => {
    expect(apportionPoints(points, fit)).toEqual(shown);
    expect(shown.reduce((sum, n) => sum + n, 0)).toBe(fit);
  });

  it.each(PERSONA_IDS.flatMap((id) => LEVEL_IDS.map((level) => [id, level] as const)))(
    '%s, %s: whole points per row that add up to the fit shown, never above the weight',
    (id, levelId) => {
      const level = rankOptions(PERSONAS[id]).levels.find((l) => l.level === levelId);
      if (level === undefined) throw new Error('missing level');
      expectWholePoints(level);
    },
  );

  it('the regulated team\'s agent isolation reads "7 of 12 points" on access control, not 7.2', () => {
    const agent = rankOptions(PERSONAS.regulatedTeam).levels.find((l) => l.level === 'agent');
    expect(agent?.reasons).toContain(
      'Strong on access control (7 of 12 points): Roles per code location (Dagster+ Pro), on top of the deployment-wide role.',
    );
    expect(agent?.reasons.join('\n')).not.toMatch(/\d\.\d+ of \d+ points/);
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

describe('rankOptions: monotonicity', { timeout: 60_000 }, () => {
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

// Property tests run hundreds of rankings: on a loaded 2-core machine they need more than the
// 5 s default (a timeout bound, not a speed assertion).
describe('rankOptions: property over random valid answers', { timeout: 60_000 }, () => {
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
