import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { DEFAULT_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import type { LevelId, RepoLayout } from '@/domain/scoring/types';
import { buildTopology } from '@/domain/topology/build-topology';

import {
  DIAGRAM,
  fitText,
  layoutDiagram,
  textWidth,
  type Box,
  type DiagramLayout,
} from './diagram-layout';

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
    ['ingest', 140, false, 'ingest'],
    ['a-very-long-project-name-that-goes-on', 70, false, 'a-very-l…'],
    ['exactly-ten', 83, false, 'exactly-ten'],
    ['exactly-ten', 82, false, 'exactly-t…'],
    ['exactly-ten', 94, true, 'exactly-ten'],
    ['exactly-ten', 93, true, 'exactly-t…'],
    ['abc', 1, false, '…'],
  ])('fits %j into %d px (semi-bold: %s) as %j', (text, width, bold, expected) => {
    expect(fitText(text, width, bold)).toBe(expected);
    expect(textWidth(fitText(text, width, bold), bold)).toBeLessThanOrEqual(
      Math.max(width, Math.ceil(bold ? DIAGRAM.boldCharWidth : DIAGRAM.charWidth)),
    );
  });
});

describe('glyph widths', () => {
  // Average widths at 12 px measured in Chromium for agent names and queue lines, in DejaVu Sans
  // (Linux's default sans, among the widest): regular 6.46, semi-bold 7.30.
  it.each([
    ['regular', DIAGRAM.charWidth, 6.46],
    ['semi-bold', DIAGRAM.boldCharWidth, 7.3],
  ])(
    'the %s estimate (%d px) is at least the measured average (%d px)',
    (_, estimate, measured) => {
      expect(estimate).toBeGreaterThanOrEqual(measured);
    },
  );
});

describe('layoutDiagram text', () => {
  // Prod and staging, each with GPU and high-volume agents: the longest names the topology makes,
  // e.g. staging-gpu-science-high-volume-agent (the screenshot where the name overflowed its box).
  const NINE = PERSONAS.threeTeamsNinePipelines;

  it.each([360, 390, 720, 1100])(
    'at %d px every agent, location and deployment box holds its (possibly shortened) text',
    (width) => {
      const l = layoutOf(NINE, 'deployment', 'multirepo', width);
      for (const d of l.deployments) {
        expect(textWidth(d.headerText, true) + 2 * DIAGRAM.depPad).toBeLessThanOrEqual(d.width);
        for (const agent of d.agents) {
          const room = agent.width - 2 * DIAGRAM.agentPad;
          expect(textWidth(agent.nameText, true)).toBeLessThanOrEqual(room);
          expect(textWidth(agent.queueText)).toBeLessThanOrEqual(room);
          for (const loc of agent.locations) {
            expect(textWidth(loc.nameText, true)).toBeLessThanOrEqual(loc.width - 20);
            expect(textWidth(loc.teamText)).toBeLessThanOrEqual(loc.width - 20);
          }
        }
      }
    },
  );

  it('sizes agent boxes to their full name and queues where the width allows', () => {
    const l = layoutOf(NINE, 'deployment', 'multirepo', 1100);
    const agents = l.deployments.flatMap((d) => d.agents);
    expect(agents.map((a) => a.name)).toContain('staging-gpu-science-high-volume-agent');
    for (const agent of agents) {
      expect(agent.nameText).toBe(agent.name);
      expect(agent.queueText).not.toContain('…');
    }
  });

  it('shortens a name only when even the widest box cannot hold it', () => {
    const phone = layoutOf(NINE, 'deployment', 'multirepo', 300);
    const long = phone.deployments
      .flatMap((d) => d.agents)
      .find((a) => a.name === 'staging-gpu-science-high-volume-agent');
    expect(long?.nameText).toMatch(/…$/);
    expect(long?.width).toBe(300 - 2 * DIAGRAM.margin - 2 * DIAGRAM.depPad);
  });
});
