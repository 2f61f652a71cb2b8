import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import type { Answers, Project } from '../questionnaire/schemas';
import { deriveRequirements, meetsRequirement, minimumLevelFor } from './requirements';
import { LEVEL_IDS } from './types';

const p = (name: string, team: string, compute: string, highVolume = false): Project => ({
  name,
  team,
  compute,
  highVolume,
});

const base: Answers = PERSONAS.oneTeamOneCloud;
const twoTeams = [p('ingest', 'data', 'aws'), p('ledger', 'finance', 'aws')];

describe('deriveRequirements', () => {
  it.each([
    ['no special needs', {}, []],
    ['production apart from non-production', { prod: true }, [['prod-separation', 'deployment']]],
    [
      'confidential teams',
      { projects: twoTeams, sod: 'confidential' },
      [['confidential-teams', 'deployment']],
    ],
    [
      'confidential, one named team',
      { projects: twoTeams, sod: 'confidential', sodTeams: ['finance'] },
      [['confidential-teams', 'deployment']],
    ],
    ['confidential with only one team (no one to hide from)', { sod: 'confidential' }, []],
    [
      'two compute environments',
      { projects: [p('a', 'data', 'aws'), p('b', 'data', 'gcp')] },
      [['distinct-compute', 'agent']],
    ],
    [
      'execution separation between teams',
      { projects: twoTeams, sod: 'execution' },
      [['execution-credentials', 'agent']],
    ],
    ['execution separation with one team', { sod: 'execution' }, []],
    ['access separation only (code location roles)', { projects: twoTeams, sod: 'access' }, []],
    // Weighed in scoring, not required: per-location run limits answer it at every level.
    [
      'a high-volume project with neighbours',
      { projects: [p('a', 'data', 'aws', true), p('b', 'data', 'aws')] },
      [],
    ],
    ['a high-volume project alone', { projects: [p('a', 'data', 'aws', true)] }, []],
    [
      'everything at once, strongest first',
      {
        projects: [p('a', 'data', 'aws', true), p('b', 'finance', 'gpu')],
        sod: 'confidential',
        prod: true,
      },
      [
        ['confidential-teams', 'deployment'],
        ['prod-separation', 'deployment'],
        ['distinct-compute', 'agent'],
      ],
    ],
  ] as const)('%s → %j', (_label, overrides, expected) => {
    const requirements = deriveRequirements({ ...base, ...overrides } as Answers);
    expect(requirements.map((r) => [r.id, r.minimumLevel])).toEqual(expected);
  });

  it.each([
    [
      [],
      "Teams must not see each other's assets and runs; any access to a deployment shows all its code locations, so only separate deployments hide them.",
    ],
    [
      ['finance'],
      'Other teams must not see the assets and runs of team finance; any access to a deployment shows all its code locations, so only separate deployments hide them.',
    ],
  ] as const)('confidential label for sodTeams %j', (sodTeams, label) => {
    const [requirement] = deriveRequirements({
      ...base,
      projects: twoTeams,
      sod: 'confidential',
      sodTeams: [...sodTeams],
    });
    expect(requirement?.label).toBe(label);
    expect(requirement?.setBy).toEqual(['sod', 'sodTeams']);
  });

  it('lists at most five names in a label', () => {
    const projects = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => p(x, 'data', `c${x}`));
    const [requirement] = deriveRequirements({ ...base, projects });
    expect(requirement?.label).toBe(
      'Projects must run in 7 different compute environments (ca, cb, cc, cd and 3 more), each with its own agent.',
    );
  });

  it('names the compute environments; a busy project is no requirement', () => {
    const labels = deriveRequirements(PERSONAS.threeTeamsNinePipelines).map((r) => r.label);
    expect(labels).toContain(
      'Projects must run in 2 different compute environments (aws and gpu), each with its own agent.',
    );
    expect(labels.join('\n')).not.toMatch(/cdc|high-volume/i);
    expect(labels).toContain(
      'Team science must run with its own credentials, network or compute, which takes its own agent.',
    );
  });
});

describe('meetsRequirement and minimumLevelFor', () => {
  const requirement = deriveRequirements({
    ...base,
    projects: [p('a', 'data', 'aws'), p('b', 'data', 'gcp')],
  });
  it.each([
    ['code-location', false],
    ['agent', true],
    ['deployment', true],
  ] as const)('%s meets an agent-level requirement: %s', (level, meets) => {
    const [r] = requirement;
    if (r === undefined) throw new Error('missing requirement');
    expect(meetsRequirement(level, r)).toBe(meets);
  });

  it('the minimum level is code location with no requirement, else the most isolated minimum', () => {
    expect(minimumLevelFor([])).toBe('code-location');
    expect(minimumLevelFor(requirement)).toBe('agent');
    expect(minimumLevelFor(deriveRequirements(PERSONAS.threeTeamsNinePipelines))).toBe(
      'deployment',
    );
    expect(LEVEL_IDS).toEqual(['code-location', 'agent', 'deployment']);
  });
});
