import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbAnswers } from '../__fixtures__/arbitraries';
import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import {
  computesOf,
  separatedTeamsOf,
  teamsOf,
  type Answers,
  type Project,
} from '../questionnaire/schemas';
import { CRITERION_IDS, type CriterionId } from './criteria';
import { fitFor, rankOptions } from './rank-options';
import {
  MATTERS_WEIGHT,
  NEED_WEIGHT,
  OFF_PRO_COST_BONUS,
  OPS_CAPACITY_WEIGHT,
  PRIORITY_WEIGHT,
  SOD_ACCESS_WEIGHT,
  criteriaThatMatter,
  deriveWeights,
} from './weights';

const p = (name: string, team: string, compute: string, highVolume = false): Project => ({
  name,
  team,
  compute,
  highVolume,
});

/** One team, one cloud, medium priorities, no needs. */
const base: Answers = {
  ...PERSONAS.oneTeamOneCloud,
  pane: 'medium',
  ops: 'medium',
  cost: 'medium',
};
const twoTeams = [p('ingest', 'data', 'aws'), p('ledger', 'finance', 'aws')];

describe('deriveWeights', () => {
  it.each(Object.keys(PERSONAS) as PersonaId[])('%s: integer weights that sum to 100', (id) => {
    const weights = deriveWeights(PERSONAS[id]);
    const values = CRITERION_IDS.map((c) => weights[c].weight);
    expect(values.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
    expect(values.reduce((s, w) => s + w, 0)).toBe(100);
  });

  it('a need nobody asked for weighs nothing', () => {
    const weights = deriveWeights(base);
    for (const c of ['execution', 'load', 'confidentiality', 'environments'] as const) {
      expect(weights[c].weight).toBe(0);
    }
  });

  it.each([
    ['pane high', { pane: 'high' }, 'pane'],
    ['cost high', { cost: 'high' }, 'cost'],
    ['a plan other than Pro', { plan: 'starter' }, 'cost'],
    ['little capacity to operate agents (ops low)', { ops: 'low' }, 'simplicity'],
    ['production apart', { prod: true }, 'environments'],
    [
      'two compute environments',
      { projects: [p('a', 'data', 'aws'), p('b', 'data', 'gcp')] },
      'execution',
    ],
    [
      'execution-level separation between two teams',
      { projects: twoTeams, sod: 'execution' },
      'execution',
    ],
    [
      'a busy project with neighbours',
      { projects: [p('a', 'data', 'aws', true), p('b', 'data', 'aws')] },
      'load',
    ],
    ['confidential teams', { projects: twoTeams, sod: 'confidential' }, 'confidentiality'],
    ['access-level separation', { sod: 'access' }, 'access'],
  ] as const satisfies readonly (readonly [string, Partial<Answers>, CriterionId])[])(
    '%s raises the weight of %s',
    (_label, overrides, raised) => {
      const before = deriveWeights(base)[raised].weight;
      const after = deriveWeights({ ...base, ...overrides })[raised].weight;
      expect(after).toBeGreaterThan(before);
    },
  );

  it.each([
    ['simplicity', ['ops']],
    ['cost', ['cost', 'plan']],
    ['pane', ['pane']],
    ['execution', ['projects', 'sod', 'sodTeams']],
    ['load', ['projects']],
    ['confidentiality', ['sod', 'sodTeams']],
    ['access', ['sod']],
    ['environments', ['prod']],
  ] as const)('%s is set by %j', (criterion, setBy) => {
    expect(deriveWeights(base)[criterion].setBy).toEqual(setBy);
  });

  it('is a lookup: one team asking for execution separation adds nothing (no one to separate from)', () => {
    expect(deriveWeights({ ...base, sod: 'execution' }).execution.weight).toBe(0);
  });

  it('criteriaThatMatter names the criteria with at least MATTERS_WEIGHT points (the matrix marks them)', () => {
    const weights = deriveWeights(PERSONAS.regulatedTeam);
    expect(MATTERS_WEIGHT).toBe(10);
    expect(criteriaThatMatter(weights)).toEqual(
      CRITERION_IDS.filter((id) => weights[id].weight >= 10),
    );
    expect(criteriaThatMatter(weights)).toEqual([
      'simplicity',
      'cost',
      'pane',
      'confidentiality',
      'access',
    ]);
  });
});

/**
 * Raw weights read straight from the tables, as CHANGELOG.md documents the lookup: priorities
 * 5/15/30 (ops inverted), the off-Pro cost bonus, a need's weight only when an answer asks for it.
 */
const rawFromTables = (a: Answers): Record<CriterionId, number> => {
  const separated = teamsOf(a).length > 1 && separatedTeamsOf(a).length > 0;
  return {
    simplicity: OPS_CAPACITY_WEIGHT[a.ops],
    cost: PRIORITY_WEIGHT[a.cost] + (a.plan === 'pro' ? 0 : OFF_PRO_COST_BONUS),
    pane: PRIORITY_WEIGHT[a.pane],
    execution:
      (computesOf(a).length > 1 ? NEED_WEIGHT.execution.distinctCompute : 0) +
      (separated && a.sod === 'execution' ? NEED_WEIGHT.execution.sodExecution : 0),
    load:
      a.projects.length > 1 && a.projects.some((x) => x.highVolume)
        ? NEED_WEIGHT.load.busyShared
        : 0,
    confidentiality:
      separated && a.sod === 'confidential' ? NEED_WEIGHT.confidentiality.sodConfidential : 0,
    access: SOD_ACCESS_WEIGHT[a.sod],
    environments: a.prod ? NEED_WEIGHT.environments.prod : 0,
  };
};

/**
 * Each weight is its exact share rounded down or up; the ups go to the largest remainders, ties
 * to the criterion listed first (remainders in integers: raw weights are whole numbers).
 */
const expectLargestRemainder = (a: Answers): void => {
  const raw = rawFromTables(a);
  const total = CRITERION_IDS.reduce((sum, id) => sum + raw[id], 0);
  const weights = deriveWeights(a);
  const rows = CRITERION_IDS.map((id, index) => ({
    index,
    floor: Math.floor((raw[id] * 100) / total),
    remainder: (raw[id] * 100) % total,
    up: weights[id].weight - Math.floor((raw[id] * 100) / total),
  }));
  for (const row of rows) expect([0, 1]).toContain(row.up);
  for (const up of rows.filter((r) => r.up === 1)) {
    for (const down of rows.filter((r) => r.up === 0)) {
      const before =
        up.remainder > down.remainder || (up.remainder === down.remainder && up.index < down.index);
      expect(before).toBe(true);
    }
  }
  expect(rows.reduce((sum, r) => sum + r.floor + r.up, 0)).toBe(100);
};

describe('weights and scores derived from the tables', { timeout: 60_000 }, () => {
  it.each(Object.keys(PERSONAS) as PersonaId[])(
    '%s: every weight is its table share of 100, by largest remainder',
    (id) => {
      expectLargestRemainder(PERSONAS[id]);
    },
  );

  it('every weight is its table share of 100, by largest remainder (property)', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 8 }), (a) => {
        expectLargestRemainder(a);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // oneTeamOneCloud: ops low (30), cost high (30), pane high (30), sod none (3) → 93 raw:
    // 32.26 × 3 and 3.23; the one point left goes to the first of the tied remainders.
    ['oneTeamOneCloud', { simplicity: 33, cost: 32, pane: 32, access: 3 }],
    // busyNeighbour: medium priorities (15 each), a busy project (20), sod none (3) → 68 raw:
    // 22.06 × 3, 29.41 and 4.41; the point left goes to load, listed before access.
    ['busyNeighbour', { simplicity: 22, cost: 22, pane: 22, load: 30, access: 4 }],
  ] as const)('%s: weights %j', (id, expected) => {
    const weights = deriveWeights(PERSONAS[id]);
    const nonZero = Object.fromEntries(
      CRITERION_IDS.filter((c) => weights[c].weight > 0).map((c) => [c, weights[c].weight]),
    );
    expect(nonZero).toEqual(expected);
  });

  it('a fit is the rounded sum of weight × table fit, rounded once at the end (property)', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 8 }), (a) => {
        const weights = deriveWeights(a);
        for (const level of rankOptions(a).levels) {
          const plan = level.available ? a.plan : 'pro';
          const exact = CRITERION_IDS.reduce(
            (sum, c) => sum + weights[c].weight * fitFor(c, level.level, plan).fit,
            0,
          );
          expect(level.fitScore).toBe(Math.round(exact));
        }
      }),
      { numRuns: 300 },
    );
  });
});
