import { describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import type { Answers, Project } from '../questionnaire/schemas';
import { CRITERION_IDS, type CriterionId } from './criteria';
import { criteriaThatMatter, deriveWeights } from './weights';

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

  it('criteriaThatMatter names the criteria above an even share', () => {
    expect(criteriaThatMatter(deriveWeights(PERSONAS.regulatedTeam))).toEqual([
      'simplicity',
      'cost',
      'pane',
      'confidentiality',
    ]);
  });
});
