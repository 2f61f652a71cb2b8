import { describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { DEFAULT_ANSWERS, NAME_PATTERN, answersSchema, teamsOf } from '../questionnaire/schemas';
import { LEVEL_IDS, type LevelId, type RepoLayout } from '../scoring/types';
import { rankOptions } from '../scoring/rank-options';
import {
  GROWTH_MIN_TO,
  answersWithProjects,
  answersWithTeams,
  growthRangeFor,
  projectGrowth,
  type GrowthDimension,
} from './growth';

/** A fixed range from 1, so the flips of the patterns show (the chart starts at today's count). */
const RANGE = { from: 1, to: 40 } as const;

describe('projectGrowth', () => {
  // The model has no weight that grows with a count alone: a flip happens when growth brings in
  // something the pattern holds (a second compute, a busy project, a second team), so these
  // stay put from 1 to 40.
  it.each<[PersonaId, GrowthDimension, LevelId, RepoLayout]>([
    ['oneTeamOneCloud', 'projects', 'code-location', 'monorepo'],
    ['oneTeamOneCloud', 'teams', 'code-location', 'monorepo'],
    ['prodAndStaging', 'projects', 'deployment', 'monorepo'],
    ['prodAndStaging', 'teams', 'deployment', 'monorepo'],
    ['starterTwoClouds', 'projects', 'code-location', 'monorepo'],
    ['twoClouds', 'teams', 'agent', 'monorepo'],
    ['busyNeighbour', 'projects', 'code-location', 'monorepo'],
    ['busyNeighbour', 'teams', 'code-location', 'monorepo'],
  ])(
    '%s by %s: stays %s with %s from 1 to 40 (size alone never tips the model)',
    (id, dimension, level, layout) => {
      const growth = projectGrowth(PERSONAS[id], { dimension, ...RANGE });
      expect(growth.series).toHaveLength(40);
      expect(growth.flips).toEqual([]);
      expect(growth.series.every((p) => p.recommended === level && p.layout === layout)).toBe(true);
    },
  );

  it.each<[PersonaId, GrowthDimension, number, string]>([
    [
      'twoClouds',
      'projects',
      3,
      // the third project of the pattern runs on gcp: two compute environments need agents
      'At 3 projects, agent isolation would rank first instead of code location isolation.',
    ],
    [
      'regulatedTeam',
      'projects',
      3,
      // the third project belongs to product: now finance has someone to be hidden from
      'At 3 projects, deployment isolation would rank first instead of code location isolation, and a repository per team would be recommended instead of one repository with a folder per project.',
    ],
    [
      'regulatedTeam',
      'teams',
      2,
      'At 2 teams, deployment isolation would rank first instead of code location isolation, and a repository per team would be recommended instead of one repository with a folder per project.',
    ],
    [
      'threeTeamsNinePipelines',
      'projects',
      4,
      // the first three projects are all platform's; the fourth brings in analytics
      'At 4 projects, a repository per team would be recommended instead of one repository with a folder per project.',
    ],
    [
      'independentTeams',
      'teams',
      2,
      'At 2 teams, a repository per team would be recommended instead of one repository with a folder per project.',
    ],
  ])('%s by %s: flips once, at n = %i', (id, dimension, n, sentence) => {
    const growth = projectGrowth(PERSONAS[id], { dimension, ...RANGE });
    expect(growth.flips.map((f) => [f.n, f.sentence])).toEqual([[n, sentence]]);
    const before = growth.series.find((p) => p.n === n - 1);
    const at = growth.series.find((p) => p.n === n);
    const flip = growth.flips[0];
    expect(before && { level: before.recommended, layout: before.layout }).toMatchObject({
      ...(flip?.changes.level ? { level: flip.changes.level.from } : {}),
      ...(flip?.changes.layout ? { layout: flip.changes.layout.from } : {}),
    });
    expect(at && { level: at.recommended, layout: at.layout }).toMatchObject({
      ...(flip?.changes.level ? { level: flip.changes.level.to } : {}),
      ...(flip?.changes.layout ? { layout: flip.changes.layout.to } : {}),
    });
  });

  it('gives every level a 0..100 score at every size', () => {
    const growth = projectGrowth(PERSONAS.threeTeamsNinePipelines, {
      dimension: 'teams',
      ...RANGE,
    });
    for (const point of growth.series) {
      expect(Object.keys(point.scores).sort()).toEqual([...LEVEL_IDS].sort());
      for (const score of Object.values(point.scores)) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
    expect(growth.series.map((p) => p.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('clamps the range to 1..500 and returns nothing without projects', () => {
    expect(
      projectGrowth(DEFAULT_ANSWERS, { dimension: 'projects', from: 1, to: 40 }).series,
    ).toEqual([]);
    const clamped = projectGrowth(PERSONAS.oneTeamOneCloud, {
      dimension: 'projects',
      from: -3,
      to: 2,
    });
    expect(clamped.series.map((p) => p.n)).toEqual([1, 2]);
  });
});

describe('the growth chart starts at today', () => {
  const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];
  const DIMENSIONS: GrowthDimension[] = ['projects', 'teams'];

  it.each(PERSONA_IDS.flatMap((id) => DIMENSIONS.map((d) => [id, d] as const)))(
    '%s by %s: from today’s count, its first point is today’s ranking',
    (id, dimension) => {
      const answers = PERSONAS[id];
      const today = dimension === 'projects' ? answers.projects.length : teamsOf(answers).length;
      const range = growthRangeFor(answers, dimension);
      expect(range).toEqual({ from: today, to: GROWTH_MIN_TO });
      const growth = projectGrowth(answers, { dimension, ...range });
      const first = growth.series[0];
      const ranking = rankOptions(answers);
      expect(first?.n).toBe(today);
      expect(first?.recommended).toBe(ranking.recommended);
      for (const level of ranking.levels) expect(first?.scores[level.level]).toBe(level.score);
      expect(growth.series.at(-1)?.n).toBe(GROWTH_MIN_TO);
    },
  );

  it.each([
    [7, { from: 7, to: 40 }],
    [25, { from: 25, to: 50 }],
    [300, { from: 300, to: 500 }],
    [500, { from: 500, to: 500 }],
  ] as const)('%i projects: the range is %j', (n, range) => {
    const projects = Array.from({ length: n }, (_, i) => ({
      name: `p${i}`,
      team: 'data',
      compute: 'aws',
      highVolume: false,
    }));
    expect(growthRangeFor({ projects }, 'projects')).toEqual(range);
    expect(growthRangeFor({ projects }, 'teams')).toEqual({ from: 1, to: 40 });
  });

  it('at today’s team count the teams pattern is today’s answers; each team added brings a project', () => {
    const a = PERSONAS.threeTeamsNinePipelines;
    expect(answersWithTeams(a, 3)).toEqual(a);
    const five = answersWithTeams(a, 5);
    expect(teamsOf(five)).toEqual([...teamsOf(a), 'team-4', 'team-5']);
    expect(five.projects.slice(0, a.projects.length)).toEqual(a.projects);
    expect(five.projects.slice(a.projects.length).map((p) => [p.name, p.team])).toEqual([
      ['ingest-2', 'team-4'],
      ['cdc-2', 'team-5'],
    ]);
  });
});

describe('growth patterns', () => {
  it('cycles the projects with valid, unique names and the same team, compute and load', () => {
    const a = answersWithProjects(PERSONAS.busyNeighbour, 7);
    expect(a.projects.map((p) => p.name)).toEqual([
      'events',
      'billing',
      'crm',
      'events-2',
      'billing-2',
      'crm-2',
      'events-3',
    ]);
    expect(a.projects.map((p) => p.highVolume)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(answersSchema.safeParse(a).success).toBe(true);
  });

  it('keeps 40-character names valid and unique when suffixed', () => {
    const long = 'a'.repeat(40);
    const a = answersWithProjects(
      {
        ...DEFAULT_ANSWERS,
        projects: [{ name: long, team: 't', compute: 'c', highVolume: false }],
      },
      12,
    );
    expect(new Set(a.projects.map((p) => p.name)).size).toBe(12);
    expect(a.projects.every((p) => NAME_PATTERN.test(p.name))).toBe(true);
    expect(answersSchema.safeParse(a).success).toBe(true);
  });

  it('spreads projects across n teams, today’s teams first', () => {
    const a = answersWithTeams(PERSONAS.twoClouds, 5);
    expect(teamsOf(a)).toEqual(['platform', 'analytics', 'science', 'team-4', 'team-5']);
    expect(a.projects).toHaveLength(5);
    expect(answersSchema.safeParse(a).success).toBe(true);
  });

  it('drops the separation when none of the named teams owns a project at that size', () => {
    // threeTeamsNinePipelines separates only science, whose first project is the seventh.
    const six = answersWithProjects(PERSONAS.threeTeamsNinePipelines, 6);
    expect([six.sod, six.sodTeams]).toEqual(['none', []]);
    const seven = answersWithProjects(PERSONAS.threeTeamsNinePipelines, 7);
    expect([seven.sod, seven.sodTeams]).toEqual(['execution', ['science']]);
  });
});
