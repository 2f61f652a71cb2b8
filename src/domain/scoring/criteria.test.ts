import { describe, expect, it } from 'vitest';

import { PLANS } from '../questionnaire/schemas';
import { CRITERIA, CRITERION_IDS, GUIDE_MATRIX, GUIDE_TEXT, type Criterion } from './criteria';
import { PLAN_LIMITS, levelNeeds } from './plans';
import { STRONG_FIT } from './rank-options';
import { LEVEL_IDS, type LevelId } from './types';

const QUOTES = new Set<string>(Object.values(GUIDE_TEXT));
const LEVEL_ROWS = LEVEL_IDS.flatMap((level) => [
  ...GUIDE_MATRIX.levels[level].pros.map((row) => ({ level, kind: 'pro' as const, row })),
  ...GUIDE_MATRIX.levels[level].cons.map((row) => ({ level, kind: 'con' as const, row })),
]);

describe('CRITERIA', () => {
  it.each(CRITERION_IDS.flatMap((c) => LEVEL_IDS.map((level) => [c, level] as const)))(
    '%s / %s: a fit in 0..1 with a reason, quoting only the guide',
    (criterion, level) => {
      const { fit, reason, guide } = CRITERIA[criterion].fits[level];
      expect(fit).toBeGreaterThanOrEqual(0);
      expect(fit).toBeLessThanOrEqual(1);
      expect(reason).toMatch(/^[A-Z].*\.$/);
      if (guide !== null) expect(QUOTES.has(guide.text)).toBe(true);
    },
  );

  it.each([
    ['simplestCheapest', 'Simplest and most cost-effective solution'],
    ['noExecutionIsolation', 'No isolation between execution environments'],
    ['extraAgents', 'Extra work to set up additional agents and agent queues'],
    [
      'noSinglePane',
      'No single glass pane to view all assets (requires switching between multiple deployments in the UI)',
    ],
    ['assetAndExecutionIsolation', 'Isolation between assets and execution environments'],
    [
      'accessAtLocationAndDeployment',
      'User access control can be set at the code location and deployment level',
    ],
  ] as const)('quotes the guide verbatim: %s', (key, text) => {
    expect(GUIDE_TEXT[key]).toBe(text);
  });
});

describe('fits off Pro', () => {
  const offProPlans = PLANS.filter((plan) => !PLAN_LIMITS[plan].hasLocationRoles);
  it.each(CRITERION_IDS)(
    '%s: differs only for levels every plan without per-location roles includes',
    (id) => {
      const criterion: Criterion = CRITERIA[id];
      for (const level of Object.keys(criterion.withoutLocationRoles ?? {}) as LevelId[]) {
        for (const plan of offProPlans) expect(levelNeeds(plan, level)).toBeNull();
      }
    },
  );

  it('code location access: no strength without per-location roles', () => {
    expect(CRITERIA.access.withoutLocationRoles['code-location'].fit).toBeLessThan(STRONG_FIT);
    expect(offProPlans).toEqual(['solo', 'starter']);
  });
});

describe('GUIDE_MATRIX', () => {
  it.each(LEVEL_ROWS.map(({ level, kind, row }) => [level, kind, row.text, row] as const))(
    '%s %s "%s" agrees with the fits of the criteria it maps to',
    (level, kind, _text, row) => {
      expect(QUOTES.has(row.text)).toBe(true);
      expect(row.criteria.length).toBeGreaterThan(0);
      for (const criterion of row.criteria) {
        const { fit } = CRITERIA[criterion].fits[level];
        if (kind === 'pro') expect(fit).toBeGreaterThanOrEqual(STRONG_FIT);
        else expect(fit).toBeLessThan(STRONG_FIT);
      }
    },
  );

  it('has the guide’s plan notes on agent and deployment isolation', () => {
    expect(GUIDE_MATRIX.levels['code-location'].note).toBeNull();
    expect(GUIDE_MATRIX.levels.agent.note).toBe(
      'Agent queues are a Dagster+ Pro feature available on hybrid deployment.',
    );
    expect(GUIDE_MATRIX.levels.deployment.note).toBe(
      'Multiple deployments are only available in Dagster+ Pro.',
    );
  });
});

/** Every text the scoring tables give a reader: reasons (on and off Pro) and descriptions. */
const TABLE_TEXTS = CRITERION_IDS.flatMap((id) => {
  const criterion: Criterion = CRITERIA[id];
  return [
    criterion.description,
    ...Object.values(criterion.fits).map((f) => f.reason),
    ...Object.values(criterion.withoutLocationRoles ?? {}).map((f) => f.reason),
  ];
});

describe('facts without slips (issue #11 §3)', () => {
  it.each([
    // One agent can serve several deployments (facts §8): agents are not a per-deployment cost.
    ['an agent per deployment', /agents? per deployment/i],
    // A busy project strains the deployment's run queue, which agents do not split (facts §4).
    ['a busy project slowing those it shares an agent with', /shares? an agent with/i],
    // "Unverified" is said once, by the plan notes, not inside the tables.
    ['unverified said twice', /unverified[^]*unverified/i],
  ])('no reason or description says %s', (_slip, pattern) => {
    for (const text of TABLE_TEXTS) expect(text).not.toMatch(pattern);
  });

  it('deployment isolation names what really costs more: code servers per deployment, and its own settings, secrets and permissions', () => {
    expect(CRITERIA.cost.fits.deployment.reason).toContain(
      'each deployment runs its own code servers',
    );
    expect(CRITERIA.cost.fits.deployment.reason).toContain(
      'one agent can serve several deployments',
    );
    expect(CRITERIA.simplicity.fits.deployment.reason).toContain(
      'its own permissions, settings, secrets and code locations',
    );
  });

  it("a busy neighbour's bottleneck is the deployment's run queue, at every level", () => {
    const load = CRITERIA.load.fits;
    expect(load['code-location'].reason).toContain("deployment's run queue");
    expect(load.agent.reason).toContain("the deployment's run queue is still shared");
    expect(load.deployment.reason).toContain('Each deployment has its own run queue');
  });
});
