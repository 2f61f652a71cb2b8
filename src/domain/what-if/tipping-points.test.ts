import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbAnswers } from '../__fixtures__/arbitraries';
import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import {
  AGENT_PLATFORMS,
  CI_PROVIDERS,
  DEFAULT_ANSWERS,
  PLANS,
  answersSchema,
  type Answers,
} from '../questionnaire/schemas';
import { PLAN_QUESTION } from '../questionnaire/first-step-questions';
import {
  COST_QUESTION,
  DEPS_QUESTION,
  OPS_QUESTION,
  PANE_QUESTION,
  RELEASE_QUESTION,
  SHARE_QUESTION,
  SOD_QUESTION,
} from '../questionnaire/steps';
import { rankOptions } from '../scoring/rank-options';
import {
  CHANGE_GROUPS,
  ENUM_WHAT_IFS,
  findTippingPoints,
  tippingPointSummary,
} from './tipping-points';

/** The wizard's question for each single-valued answer the what-ifs vary. */
const WIZARD_QUESTIONS = {
  plan: PLAN_QUESTION,
  sod: SOD_QUESTION,
  share: SHARE_QUESTION,
  release: RELEASE_QUESTION,
  deps: DEPS_QUESTION,
  pane: PANE_QUESTION,
  ops: OPS_QUESTION,
  cost: COST_QUESTION,
} as const satisfies Record<
  keyof typeof ENUM_WHAT_IFS,
  { options: Readonly<Record<string, { label: string }>> }
>;

const wizardWording = Object.entries(WIZARD_QUESTIONS).flatMap(([key, question]) =>
  Object.entries(question.options as Readonly<Record<string, { label: string }>>).map(
    ([value, option]) => [key as keyof typeof ENUM_WHAT_IFS, value, option.label] as const,
  ),
);

/** One team, one project on Solo: agents and deployments are off the plan, nothing can tip it. */
const soloSingleTeam: Answers = {
  ...DEFAULT_ANSWERS,
  plan: 'solo',
  projects: [
    { name: 'etl', team: 'data', compute: 'aws', highVolume: false },
    { name: 'reports', team: 'data', compute: 'aws', highVolume: false },
  ],
  share: 'heavy',
};

describe('what-if wording', () => {
  it.each(wizardWording)('%s = %s reads "%s", as the wizard labels it', (key, value, label) => {
    const table: Readonly<Record<string, { label: string }>> = ENUM_WHAT_IFS[key];
    expect(table[value]?.label).toBe(label);
  });

  it('a confidential team reads as the wizard\'s "Confidential", from the wizard\'s "Separate permissions"', () => {
    const answers: Answers = {
      ...PERSONAS.independentTeams,
      sod: 'access',
    };
    const point = findTippingPoints(answers).find((p) => p.id === 'sod:confidential-team');
    expect(point).toMatchObject({
      from: 'Separate permissions',
      to: 'Confidential (team science)',
    });
  });
});

describe('findTippingPoints', { timeout: 60_000 }, () => {
  it.each<[PersonaId, string[]]>([
    // A busy project no longer tips anything: it is weighed, not required (issue #11).
    ['oneTeamOneCloud', ['prod:yes', 'projects:second-compute']],
    [
      'twoClouds',
      [
        'sod:confidential-team',
        'prod:yes',
        'projects:one-compute',
        'sod:confidential',
        'release:independent',
        'deps:conflicting',
        'plan:solo',
        'plan:starter',
      ],
    ],
    [
      'regulatedTeam',
      ['projects:one-team', 'sod:none', 'sod:access', 'sod:execution', 'plan:solo', 'plan:starter'],
    ],
    ['prodAndStaging', ['prod:no', 'plan:solo', 'plan:starter']],
    ['busyNeighbour', ['prod:yes', 'projects:second-compute']],
    ['starterTwoClouds', ['plan:pro']],
    [
      'independentTeams',
      [
        'sod:confidential-team',
        'prod:yes',
        'projects:second-compute',
        'projects:one-team',
        'sod:execution',
        'sod:confidential',
        'share:heavy',
      ],
    ],
    [
      'threeTeamsNinePipelines',
      ['prod:no', 'projects:one-team', 'share:heavy', 'plan:solo', 'plan:starter'],
    ],
  ])('%s: these single changes tip the recommendation, in this order', (id, expected) => {
    expect(findTippingPoints(PERSONAS[id]).map((p) => p.id)).toEqual(expected);
  });

  it('lists what the organisation could do next first and plan downgrades last, for any answers', () => {
    let downgrades = 0;
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 8 }), (answers) => {
        const points = findTippingPoints(answers);
        const ranks = points.map((p) => CHANGE_GROUPS.indexOf(p.group));
        expect(ranks).toEqual(ranks.toSorted((x, y) => x - y));
        for (const p of points.filter((x) => x.answerKey === 'plan')) {
          const down = PLANS.indexOf(p.answers.plan) < PLANS.indexOf(answers.plan);
          expect(p.group).toBe(down ? 'downgrade' : 'upgrade');
          if (down) downgrades += 1;
        }
      }),
      { numRuns: 150 },
    );
    // The property saw plan downgrades that tip the recommendation.
    expect(downgrades).toBeGreaterThan(10);
  });

  it('for a four-team company on Pro, the first changes are ones it could make, the downgrades come last', () => {
    const fourTeams: Answers = {
      ...DEFAULT_ANSWERS,
      projects: [
        { name: 'ingest', team: 'platform', compute: 'aws', highVolume: false },
        { name: 'marts', team: 'analytics', compute: 'aws', highVolume: false },
        { name: 'train', team: 'science', compute: 'gpu', highVolume: false },
        { name: 'ledger', team: 'finance', compute: 'aws', highVolume: false },
      ],
    };
    const points = findTippingPoints(fourTeams);
    expect(points[0]?.group).toBe('growth');
    expect(points.slice(-2).map((p) => p.id)).toEqual(['plan:solo', 'plan:starter']);
    expect(points.map((p) => p.id)).toContain('sod:confidential-team');
    expect(points.find((p) => p.id === 'sod:confidential-team')?.sentence).toBe(
      "If team finance's assets and runs had to be hidden from the other teams, deployment isolation would rank first instead of agent isolation, and a repository per team would be recommended instead of one repository with a folder per project.",
    );
  });

  it('considers a new team with a project of its own, with a fresh name, as a valid answer set', () => {
    const a = PERSONAS.independentTeams;
    const grown = findTippingPoints({ ...a, projects: a.projects.slice(0, 1) });
    const point = grown.find((p) => p.id === 'projects:new-team');
    expect(point?.sentence).toBe(
      'If another team (team-2) started a project of its own, a repository per team would be recommended instead of one repository with a folder per project.',
    );
    expect(point?.answers.projects.at(-1)).toEqual({
      name: 'team-2-project',
      team: 'team-2',
      compute: 'aws',
      highVolume: false,
    });
  });
});

describe('findTippingPoints: what each tipping point changes', { timeout: 60_000 }, () => {
  it.each<[PersonaId, string, string]>([
    [
      'oneTeamOneCloud',
      'prod:yes',
      'If production and staging must be separate, deployment isolation would rank first instead of code location isolation.',
    ],
    [
      'oneTeamOneCloud',
      'projects:second-compute',
      'If project reporting ran on a second compute environment, agent isolation would rank first instead of code location isolation.',
    ],
    [
      'twoClouds',
      'sod:confidential',
      "If teams must not see each other's assets and runs, deployment isolation would rank first instead of agent isolation, and a repository per team would be recommended instead of one repository with a folder per project.",
    ],
    [
      'twoClouds',
      'projects:one-compute',
      'If all projects ran on one compute environment (aws), code location isolation would rank first instead of agent isolation.',
    ],
    [
      'starterTwoClouds',
      'plan:pro',
      'If you were on Dagster+ Pro, agent isolation would rank first instead of code location isolation.',
    ],
    [
      'independentTeams',
      'share:heavy',
      'If projects shared a lot of code, one repository with a folder per project would be recommended instead of a repository per team.',
    ],
  ])('%s, %s: says what would change in plain English', (id, pointId, sentence) => {
    const point = findTippingPoints(PERSONAS[id]).find((p) => p.id === pointId);
    expect(point?.sentence).toBe(sentence);
  });

  it.each<[PersonaId, string, object]>([
    [
      'prodAndStaging',
      'prod:no',
      {
        answerKey: 'prod',
        from: 'Yes',
        to: 'No',
        changes: { level: { from: 'deployment', to: 'code-location' } },
      },
    ],
    [
      'independentTeams',
      'projects:one-team',
      {
        answerKey: 'projects',
        from: '3 teams',
        to: 'One team (platform)',
        changes: { layout: { from: 'multirepo', to: 'monorepo' } },
      },
    ],
    [
      'regulatedTeam',
      'projects:one-team',
      {
        answerKey: 'projects',
        changes: {
          level: { from: 'deployment', to: 'code-location' },
          layout: { from: 'multirepo', to: 'monorepo' },
        },
      },
    ],
    [
      'twoClouds',
      'plan:starter',
      { answerKey: 'plan', from: 'Pro (or Enterprise)', to: 'Starter' },
    ],
  ])('%s, %s: names the answer, its display values and the change', (id, pointId, expected) => {
    const point = findTippingPoints(PERSONAS[id]).find((p) => p.id === pointId);
    expect(point).toMatchObject(expected);
  });
});

describe('findTippingPoints: the summary and the guarantees', { timeout: 60_000 }, () => {
  it('a Solo plan with one team has no tipping point, and the summary says it holds', () => {
    const points = findTippingPoints(soloSingleTeam);
    expect(points).toEqual([]);
    expect(tippingPointSummary(rankOptions(soloSingleTeam), points)).toBe(
      'No single answer would change the recommendation: code location isolation with one repository with a folder per project holds whichever one answer you change.',
    );
  });

  it.each<[PersonaId, string]>([
    [
      'starterTwoClouds',
      'Code location isolation with one repository with a folder per project holds unless this answer changes:',
    ],
    [
      'prodAndStaging',
      'Deployment isolation with one repository with a folder per project holds unless one of these 3 answers changes:',
    ],
  ])('%s: the summary counts the tipping points', (id, summary) => {
    const a = PERSONAS[id];
    expect(tippingPointSummary(rankOptions(a), findTippingPoints(a))).toBe(summary);
  });

  it('has nothing to say before any project is added', () => {
    expect(findTippingPoints({ ...DEFAULT_ANSWERS, prod: true })).toEqual([]);
  });

  it('every tipping point is real: its answers are valid, differ from today, and rank as it says', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 8 }), (answers) => {
        const base = rankOptions(answers);
        for (const point of findTippingPoints(answers, base)) {
          expect(answersSchema.safeParse(point.answers).success).toBe(true);
          // Alone: every other answer is untouched (a team change may drop a team from sodTeams).
          for (const key of Object.keys(answers) as (keyof Answers)[]) {
            if (key === point.answerKey) continue;
            if (point.answerKey === 'projects' && key === 'sodTeams') continue;
            // Making one team confidential sets both how and to whom separation applies.
            if (point.id === 'sod:confidential-team' && key === 'sodTeams') continue;
            expect(point.answers[key]).toEqual(answers[key]);
          }
          const after = rankOptions(point.answers);
          expect(after.recommended).toBe(point.changes.level?.to ?? base.recommended);
          expect(after.layout.layout).toBe(point.changes.layout?.to ?? base.layout.layout);
          expect(point.changes.level ?? point.changes.layout).toBeDefined();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same answers give the same list', () => {
    const a = PERSONAS.threeTeamsNinePipelines;
    expect(findTippingPoints(structuredClone(a))).toEqual(findTippingPoints(a));
  });

  // agent and ci are not varied because the model does not read them; if it starts to, this
  // fails and they must be added to the what-if tables.
  it.each(Object.keys(PERSONAS) as PersonaId[])(
    '%s: the agent platform and CI provider never change the ranking',
    (id) => {
      const a = PERSONAS[id];
      const expected = rankOptions(a);
      for (const agent of AGENT_PLATFORMS) {
        for (const ci of CI_PROVIDERS) {
          const r = rankOptions({ ...a, agent, ci });
          expect(r.levels.map((l) => [l.level, l.score])).toEqual(
            expected.levels.map((l) => [l.level, l.score]),
          );
          expect(r.layout.layout).toBe(expected.layout.layout);
        }
      }
    },
  );

  it.each(Object.keys(PERSONAS) as PersonaId[])(
    '%s: choosing optional targets changes neither the ranking nor the tipping points',
    (id) => {
      const a = PERSONAS[id];
      const expected = rankOptions(a);
      const points = findTippingPoints(a).map((p) => p.id);
      for (const targets of [['terraform'], ['dg-project', 'terraform']] as const) {
        const withTargets = { ...a, targets: [...targets] };
        expect(rankOptions(withTargets)).toEqual(expected);
        const found = findTippingPoints(withTargets);
        expect(found.map((p) => p.id)).toEqual(points);
        expect(found.some((p) => p.answerKey === 'targets')).toBe(false);
        for (const point of found) expect(point.answers.targets).toEqual([...targets]);
      }
    },
  );
});
