/**
 * Lays out the topology diagram without a graph library: deployments hold agents, agents hold a
 * grid of code locations. Everything flows into the given width (wrapping into rows), so the
 * drawing grows in height, never in width: one project and forty stay readable.
 */
import { maxOf } from '@/domain/list';
import type { LevelId } from '@/domain/scoring/types';
import type { AgentNode, DeploymentNode, Topology } from '@/domain/topology/types';

import { TEAM_COLORS } from '@/components/levels';

export type Box = { x: number; y: number; width: number; height: number };

export type LocationBox = Box & {
  name: string;
  team: string;
  teamColor: string;
  /** Name and team as drawn (shortened with "…" to fit); the full text is in `name` / `team`. */
  nameText: string;
  teamText: string;
};

export type AgentBox = Box & {
  name: string;
  nameText: string;
  /** "queues: aws, default" (or the platform when it only serves the default queue). */
  queueText: string;
  locations: readonly LocationBox[];
};

export type DeploymentBox = Box & {
  name: string;
  headerText: string;
  agents: readonly AgentBox[];
};

export type LegendItem = Box & {
  kind: 'deployment' | 'agent' | 'team';
  label: string;
  color: string;
};

export type DiagramLayout = {
  width: number;
  height: number;
  level: LevelId;
  title: string;
  deployments: readonly DeploymentBox[];
  legend: readonly LegendItem[];
};

/** Geometry in SVG user units (pixels at 100 %). */
export const DIAGRAM = {
  minWidth: 300,
  margin: 12,
  titleHeight: 32,
  depPad: 12,
  depHeader: 30,
  agentPad: 10,
  agentHeader: 40,
  /** Narrowest code location box; boxes grow to fit their name up to `locMaxWidth`. */
  locWidth: 150,
  locMaxWidth: 260,
  locHeight: 44,
  gap: 10,
  /**
   * Glyph widths of the 12 px diagram font, on the safe side: measured averages for names like
   * `staging-gpu-science-high-volume-agent` are 6.5 (regular) and 7.3 (semi-bold) in DejaVu Sans,
   * one of the widest system fonts, so boxes sized with these hold their text.
   */
  charWidth: 7.5,
  boldCharWidth: 8.5,
  legendRow: 22,
  swatch: 14,
} as const;

/** Width of `text` in the diagram font, on the safe side (semi-bold when `bold`). */
export const textWidth = (text: string, bold = false): number =>
  Math.ceil(text.length * (bold ? DIAGRAM.boldCharWidth : DIAGRAM.charWidth));

/** Shortens `text` with "…" so it fits `maxWidth` at the diagram's glyph width. */
export function fitText(text: string, maxWidth: number, bold = false): string {
  const glyph = bold ? DIAGRAM.boldCharWidth : DIAGRAM.charWidth;
  const max = Math.max(1, Math.floor(maxWidth / glyph));
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

type Sized = { width: number; height: number };

/** Places items left to right, wrapping when `maxWidth` is reached; returns offsets and extent. */
function flow(
  items: readonly Sized[],
  maxWidth: number,
): { at: { x: number; y: number }[] } & Sized {
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > maxWidth) {
      x = 0;
      y += rowHeight + DIAGRAM.gap;
      rowHeight = 0;
    }
    at.push({ x, y });
    x += item.width + DIAGRAM.gap;
    rowHeight = Math.max(rowHeight, item.height);
    width = Math.max(width, x - DIAGRAM.gap);
  }
  return { at, width, height: items.length === 0 ? 0 : y + rowHeight };
}

/** Colour per team, in first-seen order across the topology. */
export function teamColors(topology: Topology): ReadonlyMap<string, string> {
  const colors = new Map<string, string>();
  for (const d of topology.deployments) {
    for (const a of d.agents) {
      for (const l of a.locations) {
        if (!colors.has(l.team)) {
          colors.set(l.team, TEAM_COLORS[colors.size % TEAM_COLORS.length] ?? TEAM_COLORS[0]);
        }
      }
    }
  }
  return colors;
}

type Offset = { x: number; y: number };

/** An agent's box sized, its locations placed relative to it. */
type AgentDraft = Omit<AgentBox, 'x' | 'y' | 'locations'> & {
  locations: Omit<LocationBox, 'x' | 'y'>[];
  offsets: Offset[];
};

/** A deployment's box sized, its agents placed relative to it. */
type DeploymentDraft = Omit<DeploymentBox, 'x' | 'y' | 'agents'> & {
  agents: AgentDraft[];
  offsets: Offset[];
};

/** An agent's box: its locations in a grid, wide enough for its name and queues. */
function draftAgent(
  agent: AgentNode,
  agentMax: number,
  colors: ReadonlyMap<string, string>,
): AgentDraft {
  const D = DIAGRAM;
  const n = agent.locations.length;
  // Location boxes as wide as their longest name (within limits), so fewer names are cut.
  const locWidth = Math.min(
    agentMax - 2 * D.agentPad,
    D.locMaxWidth,
    maxOf(
      D.locWidth,
      agent.locations.map(
        (loc) => Math.max(textWidth(loc.name, true), textWidth(`team: ${loc.team}`)) + 20,
      ),
    ),
  );
  const maxCols = Math.max(1, Math.floor((agentMax - 2 * D.agentPad + D.gap) / (locWidth + D.gap)));
  const cols = Math.min(maxCols, Math.max(1, n));
  const rows = Math.max(1, Math.ceil(n / cols));
  const queues = [...agent.queues, ...(agent.includeDefaultQueue ? ['default'] : [])];
  const queueText = `${agent.platform} · queues: ${queues.length > 0 ? queues.join(', ') : 'none'}`;
  const gridWidth = cols * locWidth + (cols - 1) * D.gap;
  const wanted = Math.max(textWidth(agent.name, true), textWidth(queueText)) + 2 * D.agentPad;
  const agentWidth = Math.min(agentMax, Math.max(gridWidth + 2 * D.agentPad, wanted));
  const inner = agentWidth - 2 * D.agentPad;
  return {
    name: agent.name,
    nameText: fitText(agent.name, inner, true),
    queueText: fitText(queueText, inner),
    width: agentWidth,
    height: D.agentHeader + rows * D.locHeight + (rows - 1) * D.gap + D.agentPad,
    locations: agent.locations.map((loc) => ({
      name: loc.name,
      team: loc.team,
      teamColor: colors.get(loc.team) ?? TEAM_COLORS[0],
      nameText: fitText(loc.name, locWidth - 20, true),
      teamText: fitText(`team: ${loc.team}`, locWidth - 20),
      width: locWidth,
      height: D.locHeight,
    })),
    offsets: agent.locations.map((_, i) => ({
      x: D.agentPad + (i % cols) * (locWidth + D.gap),
      y: D.agentHeader + Math.floor(i / cols) * (D.locHeight + D.gap),
    })),
  };
}

/** A deployment's box: its agents flowed in rows, wide enough for its header. */
function draftDeployment(
  dep: DeploymentNode,
  avail: number,
  colors: ReadonlyMap<string, string>,
): DeploymentDraft {
  const D = DIAGRAM;
  const agentMax = avail - 2 * D.depPad;
  const agents = dep.agents.map((agent) => draftAgent(agent, agentMax, colors));
  const placed = flow(agents, agentMax);
  const header = `${dep.name} · ${dep.purpose}`;
  const depWidth = Math.min(
    avail,
    Math.max(placed.width + 2 * D.depPad, textWidth(header, true) + 2 * D.depPad, 200),
  );
  return {
    name: dep.name,
    headerText: fitText(header, depWidth - 2 * D.depPad, true),
    width: depWidth,
    height: D.depHeader + placed.height + D.depPad,
    agents,
    offsets: placed.at.map((p) => ({ x: D.depPad + p.x, y: D.depHeader + p.y })),
  };
}

/** A deployment's draft at (x, y), its agents and locations at absolute coordinates. */
function placeDeployment(dep: DeploymentDraft, x: number, y: number): DeploymentBox {
  return {
    name: dep.name,
    headerText: dep.headerText,
    width: dep.width,
    height: dep.height,
    x,
    y,
    agents: dep.agents.map((agent, ai) => {
      const off = dep.offsets[ai] ?? { x: 0, y: 0 };
      const ax = x + off.x;
      const ay = y + off.y;
      return {
        name: agent.name,
        nameText: agent.nameText,
        queueText: agent.queueText,
        width: agent.width,
        height: agent.height,
        x: ax,
        y: ay,
        locations: agent.locations.map((loc, li) => {
          const lo = agent.offsets[li] ?? { x: 0, y: 0 };
          return { ...loc, x: ax + lo.x, y: ay + lo.y };
        }),
      };
    }),
  };
}

/** The legend below the deployments from `top`: the two box styles, then one swatch per team. */
function layoutLegend(
  colors: ReadonlyMap<string, string>,
  avail: number,
  top: number,
): { legend: LegendItem[]; bottom: number } {
  const D = DIAGRAM;
  const kinds: Omit<LegendItem, 'x' | 'y'>[] = [
    {
      kind: 'deployment',
      label: 'Deployment (dashed)',
      color: '#444c56',
      width: 0,
      height: D.swatch,
    },
    { kind: 'agent', label: 'Agent (solid)', color: '#444c56', width: 0, height: D.swatch },
    ...[...colors].map(([team, color]) => ({
      kind: 'team' as const,
      label: `team ${team}`,
      color,
      width: 0,
      height: D.swatch,
    })),
  ];
  const legendSource = kinds.map((item) => ({
    ...item,
    width: D.swatch + 6 + textWidth(fitText(item.label, avail - 30)) + 8,
  }));
  const placedLegend = flow(legendSource, avail);
  const rowOf = (y: number): number => Math.round(y / (D.swatch + D.gap));
  const legend: LegendItem[] = legendSource.map((item, i) => {
    const at = placedLegend.at[i] ?? { x: 0, y: 0 };
    return {
      ...item,
      label: fitText(item.label, avail - 30),
      x: D.margin + at.x,
      y: top + rowOf(at.y) * D.legendRow,
    };
  });
  const legendRows = maxOf(
    0,
    placedLegend.at.map((at) => rowOf(at.y) + 1),
  );
  return { legend, bottom: top + legendRows * D.legendRow };
}

/**
 * Positions every box of the diagram for a drawing `width` pixels wide (at least
 * `DIAGRAM.minWidth`). Coordinates are absolute; the result is deterministic.
 */
export function layoutDiagram(
  topology: Topology,
  level: LevelId,
  levelLabel: string,
  width: number,
): DiagramLayout {
  const D = DIAGRAM;
  const totalWidth = Math.max(D.minWidth, Math.floor(width));
  const avail = totalWidth - 2 * D.margin;
  const colors = teamColors(topology);
  const drafts = topology.deployments.map((dep) => draftDeployment(dep, avail, colors));
  const top = D.margin + D.titleHeight;
  const placed = flow(drafts, avail);
  const deployments = drafts.map((dep, i) => {
    const at = placed.at[i] ?? { x: 0, y: 0 };
    return placeDeployment(dep, D.margin + at.x, top + at.y);
  });
  const { legend, bottom } = layoutLegend(colors, avail, top + placed.height + D.margin + 4);
  return {
    width: totalWidth,
    height: bottom + D.margin,
    level,
    title: `Isolation level: ${levelLabel}`,
    deployments,
    legend,
  };
}
