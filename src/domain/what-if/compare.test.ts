import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { compareScenarios } from './compare';

const today = PERSONAS.oneTeamOneCloud;
const withStaging: Answers = { ...today, prod: true };

describe('compareScenarios', () => {
  it('finds nothing between a scenario and itself, even with another share link', () => {
    const result = compareScenarios(today, structuredClone(today), { shareUrl: 'https://x/#v=1' });
    expect(result.same).toBe(true);
    expect(result.files.changed).toEqual([]);
    expect(result.ranking.changes).toEqual({});
  });

  it('compares the scores the rankings show, with each fit and what holds a level back', () => {
    const result = compareScenarios(today, withStaging);
    const [a, b] = [rankOptions(today), rankOptions(withStaging)];
    for (const row of result.ranking.levels) {
      const inA = a.levels.find((l) => l.level === row.level);
      const inB = b.levels.find((l) => l.level === row.level);
      expect(row.a).toEqual({
        rank: inA?.rank,
        score: inA?.score,
        fitScore: inA?.fitScore,
        heldBack: inA?.heldBack,
        available: inA?.available,
      });
      expect(row.b).toEqual({
        rank: inB?.rank,
        score: inB?.score,
        fitScore: inB?.fitScore,
        heldBack: inB?.heldBack,
        available: inB?.available,
      });
      expect(row.scoreDelta).toBe((inB?.score ?? 0) - (inA?.score ?? 0));
    }
    // With production apart, code location out-fits deployment but ranks below it.
    const codeLocation = result.ranking.levels.find((l) => l.level === 'code-location');
    expect(codeLocation?.b.heldBack?.because).toBe('misses a requirement');
    expect(codeLocation?.b.fitScore).toBeGreaterThan(codeLocation?.b.score ?? 100);
  });

  it('production apart from staging: deployment ranks first, a staging deployment and its agents appear', () => {
    const result = compareScenarios(today, withStaging);
    expect(result.same).toBe(false);
    expect(result.ranking.recommended).toEqual({ a: 'code-location', b: 'deployment' });
    expect(result.ranking.changes).toEqual({ level: { from: 'code-location', to: 'deployment' } });
    expect(result.ranking.orderChanged).toBe(true);
    expect(result.ranking.levels.map((l) => [l.level, l.a.rank, l.b.rank])).toEqual([
      ['code-location', 1, 2],
      ['agent', 2, 3],
      ['deployment', 3, 1],
    ]);
    expect(result.topology.deployments).toEqual({ added: ['staging'], removed: [] });
    expect(result.topology.agents).toEqual({
      added: ['prod-aws-agent', 'staging-aws-agent'],
      removed: ['prod-agent'],
    });
    expect(result.topology.locations).toEqual({
      added: ['staging/ingest', 'staging/transform', 'staging/reporting'],
      removed: [],
    });
    expect(result.topology.moved.map((m) => [m.key, m.from.agent, m.to.agent])).toEqual([
      ['prod/ingest', 'prod-agent', 'prod-aws-agent'],
      ['prod/transform', 'prod-agent', 'prod-aws-agent'],
      ['prod/reporting', 'prod-agent', 'prod-aws-agent'],
    ]);
    expect(result.topology.repos).toEqual({ added: [], removed: [] });
    expect(result.files.added).toEqual([
      'agents/prod-aws-agent/values.yaml',
      'agents/staging-aws-agent/values.yaml',
    ]);
    expect(result.files.removed).toEqual(['agents/prod-agent/values.yaml']);
    const workflow = result.files.changed.find(
      (f) => f.path === '.github/workflows/dagster-cloud-deploy.yml',
    );
    expect(workflow?.diff.filter((l) => l.kind === 'added').map((l) => l.text)).toContain(
      '      - staging',
    );
    // The example targets Dagster 1.13.7 without agent queues: its deploy config is dg's.
    expect(result.files.unchanged).toContain('dg.toml');
  });

  it('choosing Terraform in one scenario adds its file and a setup note, nothing else', () => {
    const result = compareScenarios(today, { ...today, targets: ['terraform'] });
    expect(result.same).toBe(false);
    expect(result.ranking.changes).toEqual({});
    expect(result.ranking.orderChanged).toBe(false);
    expect(result.topology.deployments).toEqual({ added: [], removed: [] });
    expect(result.files.added).toEqual(['terraform/main.tf.json']);
    expect(result.files.removed).toEqual([]);
    expect(result.files.changed.map((f) => f.path)).toEqual(['SETUP.md']);
  });

  it('a layout change moves files into per-team repositories', () => {
    const result = compareScenarios(PERSONAS.twoClouds, {
      ...PERSONAS.twoClouds,
      release: 'independent',
    });
    expect(result.ranking.changes).toEqual({ layout: { from: 'monorepo', to: 'multirepo' } });
    expect(result.topology.repos.removed).toEqual(['dagster-projects']);
    expect(result.topology.repos.added).toEqual([
      'dagster-platform',
      'dagster-analytics',
      'dagster-science',
    ]);
    expect(result.files.removed).toContain('dagster_cloud.yaml');
    expect(result.files.added).toContain('dagster-science/dagster_cloud.yaml');
  });

  it('counts the changed lines of each changed file', () => {
    const result = compareScenarios(today, withStaging);
    for (const file of result.files.changed) {
      expect(file.added).toBe(file.diff.filter((l) => l.kind === 'added').length);
      expect(file.removed).toBe(file.diff.filter((l) => l.kind === 'removed').length);
      expect(file.added + file.removed).toBeGreaterThan(0);
    }
  });
});
