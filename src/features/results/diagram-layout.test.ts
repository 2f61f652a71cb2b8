import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { DEFAULT_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import type { LevelId, RepoLayout } from '@/domain/scoring/types';
import { buildTopology } from '@/domain/topology/build-topology';

import { DIAGRAM, fitText, layoutDiagram, type Box, type DiagramLayout } from './diagram-layout';

const FORTY: Answers = {
  ...DEFAULT_ANSWERS,
  projects: Array.from({ length: 40 }, (_, i) => ({
    name: `project-${String(i + 1).padStart(2, '0')}`,
    team: `team-${String(i % 5)}`,
    compute: i % 2 === 0 ? 'aws' : 'gcp',
    highVolume: i === 3,
  })),
};
const ONE: Answers = {
  ...DEFAULT_ANSWERS,
  projects: [{ name: 'ingest', team: 'data', compute: 'aws', highVolume: false }],
};

const layoutOf = (a: Answers, level: LevelId, layout: RepoLayout, width: number): DiagramLayout =>
  layoutDiagram(buildTopology(a, level, layout), level, level, width);

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const allLocations = (l: DiagramLayout) =>
  l.deployments.flatMap((d) => d.agents.flatMap((a) => a.locations));

const CASES: [string, Answers, LevelId, RepoLayout, number][] = [
  ['1 project on a phone', ONE, 'code-location', 'monorepo', 360],
  ['1 project on a desktop', ONE, 'code-location', 'monorepo', 1100],
  ['40 projects on a phone', FORTY, 'agent', 'monorepo', 360],
  ['40 projects on a desktop', FORTY, 'agent', 'multirepo', 1100],
  ['40 projects in deployments', FORTY, 'deployment', 'multirepo', 900],
  ['nine pipelines, prod apart', PERSONAS.threeTeamsNinePipelines, 'deployment', 'multirepo', 720],
  ['narrower than the minimum', ONE, 'code-location', 'monorepo', 100],
];

describe('layoutDiagram', () => {
  it.each(CASES)(
    '%s: every box nests in its parent and stays within the width',
    (_, a, level, repo, width) => {
      const l = layoutOf(a, level, repo, width);
      expect(l.width).toBe(Math.max(DIAGRAM.minWidth, width));
      const canvas = { x: 0, y: 0, width: l.width, height: l.height };
      for (const d of l.deployments) {
        expect(inside(d, canvas)).toBe(true);
        for (const agent of d.agents) {
          expect(inside(agent, d)).toBe(true);
          for (const loc of agent.locations) expect(inside(loc, agent)).toBe(true);
        }
      }
      for (const item of l.legend) expect(inside(item, canvas)).toBe(true);
    },
  );

  it.each(CASES)('%s: no two boxes of the same kind overlap', (_, a, level, repo, width) => {
    const l = layoutOf(a, level, repo, width);
    const groups = [
      l.deployments,
      l.deployments.flatMap((d) => d.agents),
      allLocations(l),
      l.legend,
    ];
    for (const boxes of groups) {
      boxes.forEach((box, i) => {
        for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
      });
    }
  });

  it('draws every code location of the topology, with its team colour and a legend entry per team', () => {
    const l = layoutOf(FORTY, 'agent', 'monorepo', 900);
    const topology = buildTopology(FORTY, 'agent', 'monorepo');
    const expected = topology.deployments.flatMap((d) =>
      d.agents.flatMap((a) => a.locations.map((x) => x.name)),
    );
    expect(allLocations(l).map((x) => x.name)).toEqual(expected);
    const teams = l.legend.filter((item) => item.kind === 'team').map((item) => item.label);
    expect([...teams].sort()).toEqual([
      'team team-0',
      'team team-1',
      'team team-2',
      'team team-3',
      'team team-4',
    ]);
    const colorOf = new Map(l.legend.map((item) => [item.label, item.color]));
    for (const loc of allLocations(l)) expect(loc.teamColor).toBe(colorOf.get(`team ${loc.team}`));
  });

  it('grows in height, not width, and uses more columns on wide screens', () => {
    const phone = layoutOf(FORTY, 'code-location', 'monorepo', 360);
    const desktop = layoutOf(FORTY, 'code-location', 'monorepo', 1200);
    const columns = (l: DiagramLayout) => new Set(allLocations(l).map((x) => x.x)).size;
    expect(columns(phone)).toBe(1);
    expect(columns(desktop)).toBeGreaterThanOrEqual(6);
    expect(phone.height).toBeGreaterThan(desktop.height);
  });

  it('is deterministic', () => {
    expect(layoutOf(FORTY, 'deployment', 'multirepo', 800)).toEqual(
      layoutOf(FORTY, 'deployment', 'multirepo', 800),
    );
  });
});

describe('fitText', () => {
  it.each([
    ['ingest', 140, 'ingest'],
    ['a-very-long-project-name-that-goes-on', 70, 'a-very-lo…'],
    ['exactly-ten', 77, 'exactly-ten'],
    ['exactly-ten', 76, 'exactly-t…'],
    ['abc', 1, '…'],
  ])('fits %j into %d px as %j', (text, width, expected) => {
    expect(fitText(text, width)).toBe(expected);
    expect(fitText(text, width).length * DIAGRAM.charWidth).toBeLessThanOrEqual(
      Math.max(width, DIAGRAM.charWidth),
    );
  });
});
