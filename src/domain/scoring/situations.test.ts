/**
 * Twenty situations written down before the model of issue #11 was run on them: each with the
 * level we expect first, the full order, the repository layout, and why, in the guide's words
 * (quotes are from "Managing multiple projects and teams with Dagster+ Hybrid"; facts from
 * /shared/dagster-facts.md). The situations are share links, as a reader would paste them.
 *
 * What every situation must also show (issue #11):
 * - the score shown for each level never increases down the ranking;
 * - a level ranked below one it out-fits says what holds it back (the plan or a requirement).
 */
import { describe, expect, it } from 'vitest';

import { decodeShareState } from '../url-codec/codec';
import { rankOptions, scoreText } from './rank-options';
import type { LevelId, RankedLevel, RepoLayout } from './types';

type Situation = {
  /** The share link's fragment. */
  readonly link: string;
  /** Expected order, first to last. */
  readonly order: readonly [LevelId, LevelId, LevelId];
  readonly layout: RepoLayout;
  /** Why, citing the guide. */
  readonly why: string;
};

const SITUATIONS: Record<string, Situation> = {
  'issue #11 example 1: one team, prod apart': {
    link: 'p=ingest.data.main&p=transform.data.main&p=serve.data.main&prod=1',
    order: ['deployment', 'code-location', 'agent'],
    layout: 'monorepo',
    why: 'Deployments: "The typical motivation for this isolation level is to separate production and non-production environments." Neither code location nor agent isolation separates them; of the two, code location is the "Simplest and most cost-effective solution". One team: one repository.',
  },
  'issue #11 example 2: Starter, confidential hr, prod apart': {
    link: 'plan=starter&p=payroll.hr.main&p=web.product.main&sod=confidential&st=hr&prod=1',
    order: ['code-location', 'deployment', 'agent'],
    layout: 'multirepo',
    why: '"Multiple deployments are only available in Dagster+ Pro" and "Agent queues are a Dagster+ Pro feature": only code location is on Starter, though it misses both needs. Deployment would meet them ("Isolation between assets and execution environments"); agent would not. Confidential teams: "Stronger isolation between projects and teams" with a repository per team.',
  },
  'issue #11 example 3: a busy project, cost high, little ops capacity': {
    link: 'p=events.data.main.hv&p=marts.data.main&p=exports.data.main&pane=high&cost=high&ops=low',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'A busy project is a motivation ("Reducing impact on other projects"), not a must; the shared run queue is capped per code location with run limits, on every plan. Cost and capacity point to the "Simplest and most cost-effective solution"; one pane matters, which deployments lack ("No single glass pane to view all assets").',
  },
  'a busy project, one pane wanted': {
    link: 'p=events.data.main.hv&p=marts.data.main&p=exports.data.main&pane=high',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'As above with medium cost and capacity: per-location run limits answer the busy neighbour; code location keeps the "Single glass pane to view all assets" at the least cost.',
  },
  'a busy project, plenty of capacity, cost and one pane matter little': {
    link: 'p=events.data.main.hv&p=marts.data.main&p=exports.data.main&pane=low&ops=high&cost=low',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Still "no specific requirements for isolation beyond the ability to deploy and run multiple projects": run limits per location cover the queue. A separate agent would add separate compute ("Isolation between execution environments") before a second deployment would.',
  },
  'two clouds on Pro': {
    link: 'p=ingest.data.aws&p=train.data.gcp',
    order: ['agent', 'deployment', 'code-location'],
    layout: 'monorepo',
    why: 'Agents: "Different compute requirements, such as different cloud providers or architectures". Code location has "No isolation between execution environments". Agent keeps the "Single glass pane" a deployment split loses.',
  },
  'two clouds on Starter': {
    link: 'plan=starter&p=ingest.data.aws&p=train.data.gcp',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Only code location is on Starter ("Agent queues are a Dagster+ Pro feature"), though it misses the compute need; agent would meet it and keeps one pane, ahead of deployment.',
  },
  'a confidential finance team': {
    link: 'p=ledger.finance.aws&p=events.product.aws&sod=confidential&st=finance',
    order: ['deployment', 'code-location', 'agent'],
    layout: 'multirepo',
    why: 'Only deployments give "Isolation between assets and execution environments"; deployment access shows every code location in it (facts §5). Agents hide nothing, so code location, simpler, comes second. "Stronger isolation between projects and teams": a repository per team.',
  },
  'three teams, access control only': {
    link: 'p=ingest.platform.aws&p=marts.analytics.aws&p=ml.science.aws&sod=access',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: '"User access control can be set at the code location level" on Pro, at the least cost. Releases together with aligned dependencies: one repository is "Simple to implement".',
  },
  'three teams, access control only, on Starter': {
    link: 'plan=starter&p=ingest.platform.aws&p=marts.analytics.aws&p=ml.science.aws&sod=access',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Only code location is on Starter. Per-location roles need Pro (facts §5), so on Starter access control is not a strength of code location isolation; the plan notes say so.',
  },
  'one team needs its own credentials': {
    link: 'p=ingest.data.aws&p=train.science.aws&sod=execution&st=science',
    order: ['agent', 'deployment', 'code-location'],
    layout: 'monorepo',
    why: '"Facilitating separation of duty between teams to prevent access to sensitive data" at run time: a separate agent gives "Isolation between execution environments" and keeps one pane.',
  },
  'three teams, a GPU cluster, prod apart, independent releases': {
    link: 'p=ingest.platform.aws&p=marts.analytics.aws&p=train.science.gpu&prod=1&release=independent',
    order: ['deployment', 'agent', 'code-location'],
    layout: 'multirepo',
    why: 'Prod apart needs deployments (the guide\'s "typical motivation"); of the two that miss it, agent at least meets the GPU need ("different architecture"). Independent releases: "Each project has its own CI/CD pipeline and be deployed independently".',
  },
  'one project on Solo': {
    link: 'plan=solo&p=etl.data.aws',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Nothing to isolate: "use a single agent and deployment to manage all your projects".',
  },
  'two teams share a lot of code, dependencies conflict': {
    link: 'p=a.one.aws&p=b.two.aws&share=heavy&deps=conflicting',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'No isolation need. A single repository "Facilitates code sharing between projects"; sharing heavily outweighs the conflicts ("may cause conflicts and require coordination between teams").',
  },
  'two teams release on their own, dependencies conflict': {
    link: 'p=api.web.aws&p=etl.data.aws&share=none&release=independent&deps=conflicting',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'multirepo',
    why: 'No isolation need. Multiple repositories: "Each project has its own CI/CD pipeline and be deployed independently" and "Dependencies between projects can be managed independently".',
  },
  'three teams, capacity to spare, one pane unimportant': {
    link: 'p=a.t1.aws&p=b.t2.aws&p=c.t3.aws&sod=access&pane=low&ops=high&cost=low',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Capacity alone is no reason to isolate: "If you have no specific requirements for isolation beyond the ability to deploy and run multiple projects, you can use a single agent and deployment".',
  },
  'a busy project on Starter': {
    link: 'plan=starter&p=events.data.aws.hv&p=crm.data.aws',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Per-location run limits work on every plan, so the busy project is no missed requirement on Starter: code location is both available and sufficient.',
  },
  'confidential teams and prod apart on Pro': {
    link: 'p=payroll.hr.aws&p=web.product.aws&sod=confidential&prod=1',
    order: ['deployment', 'code-location', 'agent'],
    layout: 'multirepo',
    why: 'Both needs call for deployments ("Isolation between assets and execution environments"; prod apart is the "typical motivation"). Agents meet neither, so code location, simpler, is second.',
  },
  'two compute environments and a busy project': {
    link: 'p=events.data.aws.hv&p=crm.data.aws&p=train.data.gpu',
    order: ['agent', 'deployment', 'code-location'],
    layout: 'monorepo',
    why: '"Different compute requirements, such as different cloud providers or architectures" call for agents; the busy project only weighs in.',
  },
  'execution separation on Starter': {
    link: 'plan=starter&p=ingest.data.aws&p=train.science.aws&sod=execution',
    order: ['code-location', 'agent', 'deployment'],
    layout: 'monorepo',
    why: 'Only code location is on Starter, missing the credentials need; agent would meet it ("Agent queues are a Dagster+ Pro feature") and keeps one pane, ahead of deployment.',
  },
};

const CASES = Object.entries(SITUATIONS).map(([name, s]) => ({ name, ...s }));

const rank = (link: string) => {
  const decoded = decodeShareState(link);
  expect(decoded.problems).toEqual([]);
  return rankOptions(decoded.answers);
};

/** Everything the ranking says about one level: its shown score, reasons, unmet needs. */
const saidAbout = (level: RankedLevel): string =>
  [scoreText(level), ...level.reasons, ...level.unmet.map((r) => r.label), level.needs ?? ''].join(
    '\n',
  );

describe('twenty situations, expectations written before running the model', () => {
  it('has at least fifteen situations', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('$name: order $order, layout $layout', ({ link, order, layout }) => {
    const ranking = rank(link);
    expect(ranking.levels.map((l) => l.level)).toEqual(order);
    expect(ranking.recommended).toBe(order[0]);
    expect(ranking.layout.layout).toBe(layout);
  });

  it.each(CASES)('$name: the scores shown never increase down the ranking', ({ link }) => {
    const scores = rank(link).levels.map((l) => l.score);
    expect(scores).toEqual(scores.toSorted((x, y) => y - x));
  });

  it('the situations include levels held back by the plan and by a requirement', () => {
    const heldBack = CASES.flatMap(({ link }) => rank(link).levels.filter((l) => l.heldBack));
    expect(heldBack.filter((l) => l.needs !== null).length).toBeGreaterThanOrEqual(3);
    expect(
      heldBack.filter((l) => l.needs === null && l.unmet.length > 0).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(CASES)('$name: a level below one it out-fits says what holds it back', ({ link }) => {
    const { levels } = rank(link);
    levels.forEach((level, i) => {
      const outFits = levels.slice(0, i).filter((above) => above.fitScore < level.fitScore);
      if (outFits.length === 0) {
        expect(level.heldBack).toBeNull();
        return;
      }
      expect(level.needs !== null || level.unmet.length > 0).toBe(true);
      expect(level.heldBack).not.toBeNull();
      const said = saidAbout(level);
      expect(said).toContain(`fits your priorities ${level.fitScore}, but`);
      if (level.needs !== null) expect(said).toContain(`needs ${level.needs}`);
      if (level.unmet.length > 0) expect(said).toMatch(/misses (a|\d+) requirements?/);
      for (const requirement of level.unmet) expect(said).toContain(requirement.label);
    });
  });
});
