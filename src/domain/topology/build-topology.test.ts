import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbAnswers } from '../__fixtures__/arbitraries';
import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { LEVEL_IDS, type LevelId, type RepoLayout } from '../scoring/types';
import { agentsOf, buildTopology, locationsOf, toResourceName } from './build-topology';
import type { AgentNode, Topology } from './types';

const LAYOUTS: readonly RepoLayout[] = ['monorepo', 'multirepo'];
const DEPLOYMENT_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Every structural rule a topology must satisfy; returns the broken ones (empty = valid). */
const violations = (answers: Answers, t: Topology): string[] => {
  const broken: string[] = [];
  const names = t.deployments.map((d) => d.name);
  if (names[0] !== 'prod') broken.push('prod is not first');
  if (new Set(names).size !== names.length) broken.push('duplicate deployment names');
  for (const n of names) {
    if (!DEPLOYMENT_NAME.test(n) || n.length > 64) broken.push(`bad deployment name ${n}`);
  }
  const agents = agentsOf(t);
  const agentNames = agents.map((a) => a.name);
  if (new Set(agentNames).size !== agentNames.length) broken.push('duplicate agent names');
  for (const a of agents) {
    if (!DEPLOYMENT_NAME.test(a.name) || a.name.length > 53) broken.push(`bad agent ${a.name}`);
  }
  for (const d of t.deployments) {
    if (d.agents.length === 0) broken.push(`${d.name} has no agent`);
    const defaultAgents = d.agents.filter((a) => a.includeDefaultQueue);
    const shared = d.agents.filter((a) => a.role === 'shared');
    const expectedDefault = d.agents.length === 1 || shared.length > 0 ? 1 : 0;
    if (defaultAgents.length !== expectedDefault) {
      broken.push(`${d.name}: ${defaultAgents.length} default-queue agents`);
    }
    if (d.agents.length > 1 && defaultAgents.some((a) => a.role !== 'shared')) {
      broken.push(`${d.name}: the default queue is on a ${defaultAgents[0]?.role ?? ''} agent`);
    }
    const locations = d.agents.flatMap((a) => a.locations);
    if (new Set(locations.map((l) => l.name)).size !== locations.length) {
      broken.push(`${d.name}: duplicate locations`);
    }
    const used = new Set(locations.map((l) => l.agentQueue));
    for (const a of d.agents) {
      if (a.deployment !== d.name) broken.push(`${a.name} names another deployment`);
      for (const q of a.queues) {
        if (!used.has(q)) broken.push(`${a.name} serves unused queue ${q}`);
      }
      for (const l of a.locations) {
        const served =
          l.agentQueue === null ? a.includeDefaultQueue : a.queues.includes(l.agentQueue);
        if (!served) broken.push(`${l.name} routed to ${a.name}, which does not serve its queue`);
      }
    }
    for (const q of used) {
      if (q !== null && !d.agents.some((a) => a.queues.includes(q))) {
        broken.push(`${d.name}: queue ${q} has no agent`);
      }
    }
  }
  // A queue served by an agent holding a separated team's credentials gets no branch deployments
  // (any pull request could route code there); every other queue gets exactly one.
  const queues = new Set(locationsOf(t).map((l) => l.agentQueue));
  for (const q of queues) {
    const serving = agents.filter((a) =>
      q === null ? a.includeDefaultQueue : a.queues.includes(q),
    );
    const branchAgents = serving.filter((a) => a.branchDeployments);
    const expected = serving.some((a) => a.team !== null) ? 0 : 1;
    if (branchAgents.length !== expected) {
      broken.push(`queue ${q ?? 'default'}: ${branchAgents.length} branch-deployment agents`);
    }
  }
  for (const p of answers.projects) {
    if (!locationsOf(t).some((l) => l.name === p.name)) broken.push(`${p.name} not placed`);
  }
  const repoLocations = t.repos.flatMap((r) => r.locations);
  if (repoLocations.length !== answers.projects.length)
    broken.push('repos do not hold each project once');
  return broken;
};

const CASES = (Object.keys(PERSONAS) as PersonaId[]).flatMap((persona) =>
  LEVEL_IDS.flatMap((level) => LAYOUTS.map((layout) => ({ persona, level, layout }))),
);

describe('buildTopology invariants', () => {
  it.each(CASES)('$persona at $level with $layout is consistent', ({ persona, level, layout }) => {
    const answers = PERSONAS[persona];
    expect(violations(answers, buildTopology(answers, level, layout))).toEqual([]);
  });

  it('holds for random valid answers at every level and layout', () => {
    fc.assert(
      fc.property(
        arbAnswers({ minProjects: 1, maxProjects: 10 }),
        fc.constantFrom(...LEVEL_IDS),
        fc.constantFrom(...LAYOUTS),
        (answers, level, layout) => {
          expect(violations(answers, buildTopology(answers, level, layout))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const a = PERSONAS.threeTeamsNinePipelines;
    expect(buildTopology(a, 'deployment', 'multirepo')).toEqual(
      buildTopology(a, 'deployment', 'multirepo'),
    );
  });
});

type AgentSummary = Pick<
  AgentNode,
  'name' | 'queues' | 'includeDefaultQueue' | 'isolated' | 'branchDeployments'
> & { locations: string[] };

const summarise = (t: Topology) =>
  t.deployments.map((d) => ({
    deployment: d.name,
    agents: d.agents.map((a): AgentSummary => ({
      name: a.name,
      queues: a.queues,
      includeDefaultQueue: a.includeDefaultQueue,
      isolated: a.isolated,
      branchDeployments: a.branchDeployments,
      locations: a.locations.map((l) => l.name),
    })),
  }));

const agent = (
  name: string,
  locations: string[],
  queues: string[],
  flags: { def?: boolean; isolated?: boolean; branch?: boolean } = {},
): AgentSummary => ({
  name,
  queues,
  includeDefaultQueue: flags.def ?? true,
  isolated: flags.isolated ?? false,
  branchDeployments: flags.branch ?? true,
  locations,
});

/** Each persona at the levels it is planned for: the deployments, agents and locations. */
const PLANS_BY_PERSONA: {
  persona: PersonaId;
  level: LevelId;
  expected: ReturnType<typeof summarise>;
}[] = [
  {
    persona: 'oneTeamOneCloud',
    level: 'code-location',
    expected: [
      {
        deployment: 'prod',
        agents: [agent('prod-agent', ['ingest', 'transform', 'reporting'], [])],
      },
    ],
  },
  {
    // Three teams on two clouds, code-location level: still one agent, no queues.
    persona: 'twoClouds',
    level: 'code-location',
    expected: [
      { deployment: 'prod', agents: [agent('prod-agent', ['ingest', 'marts', 'train'], [])] },
    ],
  },
  {
    persona: 'twoClouds',
    level: 'agent',
    expected: [
      {
        deployment: 'prod',
        agents: [
          agent('prod-aws-agent', ['ingest', 'marts'], ['aws'], { isolated: true }),
          agent('prod-gcp-agent', ['train'], ['gcp'], { def: false, isolated: true }),
        ],
      },
    ],
  },
  {
    // Same cloud: a separate agent for the busy project, but they can reach each other.
    persona: 'busyNeighbour',
    level: 'agent',
    expected: [
      {
        deployment: 'prod',
        agents: [
          // The default queue stays off the agent that exists for the busy project.
          agent('prod-aws-high-volume-agent', ['events'], ['aws-high-volume'], { def: false }),
          agent('prod-aws-agent', ['billing', 'crm'], ['aws']),
        ],
      },
    ],
  },
  {
    // Branch deployments run on the non-production deployment's agent.
    persona: 'prodAndStaging',
    level: 'deployment',
    expected: [
      {
        deployment: 'prod',
        agents: [agent('prod-aws-agent', ['ingest', 'serve'], [], { branch: false })],
      },
      { deployment: 'staging', agents: [agent('staging-aws-agent', ['ingest', 'serve'], [])] },
    ],
  },
  {
    // Finance is confidential: its own deployment and queue; its agent serves no branch
    // deployment, since any pull request could route code to it.
    persona: 'regulatedTeam',
    level: 'deployment',
    expected: [
      { deployment: 'prod', agents: [agent('prod-aws-agent', ['events', 'growth'], ['aws'])] },
      {
        deployment: 'finance',
        agents: [
          agent('finance-aws-agent', ['ledger', 'payouts'], ['finance-aws'], { branch: false }),
        ],
      },
    ],
  },
];

describe('buildTopology plans', () => {
  it.each(PLANS_BY_PERSONA)('$persona at $level', ({ persona, level, expected }) => {
    expect(summarise(buildTopology(PERSONAS[persona], level, 'monorepo'))).toEqual(expected);
  });

  // Deployment isolation without confidential teams or production apart: which teams get their
  // own deployment. For its own sake (sod none or access), every team but the first; for
  // execution separation, the separated teams (the first team keeps prod when all are), whose
  // agents hold their team's credentials and so serve no branch deployment.
  it.each<{
    sod: 'none' | 'access' | 'execution';
    sodTeams: string[];
    expected: ReturnType<typeof summarise>;
  }>([
    {
      sod: 'none',
      sodTeams: [],
      expected: [
        { deployment: 'prod', agents: [agent('prod-aws-agent', ['ingest'], ['aws'])] },
        {
          deployment: 'analytics',
          agents: [agent('analytics-aws-agent', ['marts'], ['analytics-aws'])],
        },
        { deployment: 'science', agents: [agent('science-aws-agent', ['ml'], ['science-aws'])] },
      ],
    },
    {
      sod: 'access',
      sodTeams: [],
      expected: [
        { deployment: 'prod', agents: [agent('prod-aws-agent', ['ingest'], ['aws'])] },
        {
          deployment: 'analytics',
          agents: [agent('analytics-aws-agent', ['marts'], ['analytics-aws'])],
        },
        { deployment: 'science', agents: [agent('science-aws-agent', ['ml'], ['science-aws'])] },
      ],
    },
    {
      sod: 'execution',
      sodTeams: ['science'],
      expected: [
        { deployment: 'prod', agents: [agent('prod-aws-agent', ['ingest', 'marts'], ['aws'])] },
        {
          deployment: 'science',
          agents: [agent('science-aws-agent', ['ml'], ['science-aws'], { branch: false })],
        },
      ],
    },
    {
      sod: 'execution',
      sodTeams: [],
      expected: [
        {
          deployment: 'prod',
          agents: [
            agent('prod-aws-platform-agent', ['ingest'], ['aws-platform'], { branch: false }),
          ],
        },
        {
          deployment: 'analytics',
          agents: [agent('analytics-aws-agent', ['marts'], ['analytics-aws'], { branch: false })],
        },
        {
          deployment: 'science',
          agents: [agent('science-aws-agent', ['ml'], ['science-aws'], { branch: false })],
        },
      ],
    },
  ])(
    'three teams at the deployment level, sod $sod for $sodTeams: deployments per team',
    ({ sod, sodTeams, expected }) => {
      const answers: Answers = { ...PERSONAS.independentTeams, sod, sodTeams };
      const t = buildTopology(answers, 'deployment', 'monorepo');
      expect(summarise(t)).toEqual(expected);
      expect(t.deployments.map((d) => d.purpose)).toEqual([
        'Production',
        ...expected
          .slice(1)
          .map(
            (d) =>
              `Team ${d.deployment} (${sod === 'execution' ? 'separate execution' : 'own deployment'})`,
          ),
      ]);
    },
  );

  it('gives the lead persona prod and staging, an agent per compute, per separated team and for busy projects', () => {
    const t = buildTopology(PERSONAS.threeTeamsNinePipelines, 'deployment', 'multirepo');
    expect(t.deployments.map((d) => [d.name, d.mirrors])).toEqual([
      ['prod', null],
      ['staging', 'prod'],
    ]);
    expect(
      t.deployments[1]?.agents.map((a) => [a.name, a.queues, a.isolated, a.branchDeployments]),
    ).toEqual([
      ['staging-aws-agent', ['aws'], true, true],
      ['staging-aws-high-volume-agent', ['aws-high-volume'], true, true],
      // Science's agents hold its credentials: no branch deployments there.
      ['staging-gpu-science-agent', ['gpu-science'], true, false],
      ['staging-gpu-science-high-volume-agent', ['gpu-science-high-volume'], true, false],
    ]);
    expect(t.deployments[0]?.agents.every((a) => !a.branchDeployments)).toBe(true);
  });
});

describe('buildTopology plans: repositories, confidential teams and names', () => {
  it.each<{ layout: RepoLayout; repos: [string, string[]][]; dir: string }>([
    {
      layout: 'monorepo',
      repos: [['dagster-projects', ['ledger', 'payouts', 'events', 'growth']]],
      dir: 'ledger',
    },
    {
      layout: 'multirepo',
      repos: [
        ['dagster-finance', ['ledger', 'payouts']],
        ['dagster-product', ['events', 'growth']],
      ],
      dir: 'ledger',
    },
  ])('$layout puts each project in a folder of its repository', ({ layout, repos, dir }) => {
    const t = buildTopology(PERSONAS.regulatedTeam, 'deployment', layout);
    expect(t.repos.map((r) => [r.name, r.locations])).toEqual(repos);
    const ledger = locationsOf(t).find((l) => l.name === 'ledger');
    expect(ledger).toMatchObject({ directory: dir, packageName: 'ledger', team: 'finance' });
  });

  it('keeps the first team in prod when every team must be confidential', () => {
    const answers = { ...PERSONAS.regulatedTeam, sodTeams: [] };
    const t = buildTopology(answers, 'deployment', 'multirepo');
    expect(t.deployments.map((d) => d.name)).toEqual(['prod', 'product']);
    expect(t.deployments[0]?.agents.flatMap((a) => a.locations.map((l) => l.team))).toEqual([
      'finance',
      'finance',
    ]);
  });

  it('derives package names and deployment-safe names from underscores', () => {
    const answers: Answers = {
      ...PERSONAS.regulatedTeam,
      projects: [
        { name: 'gl_ledger', team: 'fin_ops', compute: 'aws_eu', highVolume: false },
        { name: 'events', team: 'product', compute: 'aws_eu', highVolume: false },
      ],
      sodTeams: ['fin_ops'],
    };
    const t = buildTopology(answers, 'deployment', 'multirepo');
    expect(t.deployments.map((d) => d.name)).toEqual(['prod', 'fin-ops']);
    const gl = locationsOf(t).find((l) => l.name === 'gl_ledger');
    expect(gl).toMatchObject({
      packageName: 'gl_ledger',
      agentQueue: 'fin-ops-aws-eu',
      repo: 'dagster-fin_ops',
    });
  });
});

it('gives high-volume projects of one compute environment one shared agent', () => {
  const answers: Answers = {
    ...PERSONAS.busyNeighbour,
    projects: [
      { name: 'events', team: 'data', compute: 'aws', highVolume: true },
      { name: 'clicks', team: 'data', compute: 'aws', highVolume: true },
      { name: 'crm', team: 'data', compute: 'aws', highVolume: false },
    ],
  };
  const t = buildTopology(answers, 'agent', 'monorepo');
  expect(agentsOf(t).map((a) => [a.name, a.locations.map((l) => l.name)])).toEqual([
    ['prod-aws-high-volume-agent', ['events', 'clicks']],
    ['prod-aws-agent', ['crm']],
  ]);
});

it('gives a high-volume project no agent of its own when nothing shares its deployment', () => {
  // Finance's only project is busy, but alone in finance's deployment: no neighbour to protect.
  const answers: Answers = {
    ...PERSONAS.regulatedTeam,
    projects: [
      { name: 'ledger', team: 'finance', compute: 'aws', highVolume: true },
      { name: 'events', team: 'product', compute: 'aws', highVolume: false },
    ],
  };
  const t = buildTopology(answers, 'deployment', 'multirepo');
  expect(agentsOf(t).map((a) => [a.deployment, a.name, a.queues])).toEqual([
    ['prod', 'prod-aws-agent', ['aws']],
    ['finance', 'finance-aws-agent', ['finance-aws']],
  ]);
});

it('keeps agents and queues apart when a team name collides with the high-volume agent', () => {
  const answers: Answers = {
    ...PERSONAS.busyNeighbour,
    projects: [
      { name: 'a', team: 'high-volume', compute: 'aws', highVolume: false },
      { name: 'b', team: 'data', compute: 'aws', highVolume: true },
      { name: 'c', team: 'data', compute: 'aws', highVolume: false },
    ],
    sod: 'execution',
    sodTeams: ['high-volume'],
  };
  const agents = agentsOf(buildTopology(answers, 'agent', 'monorepo'));
  expect(agents.map((a) => [a.name, a.queues, a.locations.map((l) => l.name)])).toEqual([
    ['prod-aws-high-volume-agent', ['aws-high-volume'], ['a']],
    ['prod-aws-high-volume-agent-2', ['aws-high-volume-2'], ['b']],
    ['prod-aws-agent', ['aws'], ['c']],
  ]);
});

describe('toResourceName', () => {
  it.each([
    [['prod', 'aws', 'agent'], 'prod-aws-agent'],
    [['fin_ops', 'staging'], 'fin-ops-staging'],
    [['a_', '_b'], 'a-b'],
  ])('%j → %s', (parts, expected) => {
    expect(toResourceName(...parts)).toBe(expected);
  });

  it('shortens long names to 53 characters, keeping them distinct', () => {
    const long = 'x'.repeat(40);
    const a = toResourceName('staging', long, `${long}a`, 'agent');
    const b = toResourceName('staging', long, `${long}b`, 'agent');
    expect(a.length).toBeLessThanOrEqual(53);
    expect(a).not.toBe(b);
  });
});
