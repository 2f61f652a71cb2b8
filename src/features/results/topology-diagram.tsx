/**
 * The topology as an SVG laid out by `layoutDiagram`: deployments (dashed) hold agents (solid)
 * hold code locations coloured and labelled by team. The SVG is self-contained (own colours and
 * background) so "Download diagram (SVG)" saves exactly what is shown. A nested list is its text
 * alternative.
 */
import { memo, useDeferredValue, useMemo, useRef, useState, type JSX } from 'react';

import type { LevelId } from '@/domain/scoring/types';
import { countOf } from '@/domain/text/count';
import type { Topology } from '@/domain/topology/types';

import {
  layoutDiagram,
  DIAGRAM,
  type AgentBox,
  type DeploymentBox,
  type DiagramLayout,
  type LegendItem,
  type LocationBox,
} from './diagram-layout';
import { downloadText } from './download';
import { LevelShape } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';
import { useWidth } from '@/components/use-width';

const INK = '#1b1f24';
const MUTED_INK = '#444c56';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Width used before the container is measured (and in tests). */
const DEFAULT_WIDTH = 720;

function LocationShape({ loc }: { loc: LocationBox }): JSX.Element {
  return (
    <g>
      <title>{`${loc.name} (team ${loc.team})`}</title>
      <rect
        x={loc.x}
        y={loc.y}
        width={loc.width}
        height={loc.height}
        rx={4}
        fill={loc.teamColor}
        fillOpacity={0.12}
        stroke={loc.teamColor}
        strokeWidth={1.5}
      />
      <rect x={loc.x} y={loc.y} width={6} height={loc.height} fill={loc.teamColor} />
      <text x={loc.x + 12} y={loc.y + 18} fontWeight={600} fill={INK}>
        {loc.nameText}
      </text>
      <text x={loc.x + 12} y={loc.y + 34} fill={MUTED_INK}>
        {loc.teamText}
      </text>
    </g>
  );
}

function AgentShape({ agent }: { agent: AgentBox }): JSX.Element {
  return (
    <g>
      <title>{`Agent ${agent.name}`}</title>
      <rect
        x={agent.x}
        y={agent.y}
        width={agent.width}
        height={agent.height}
        rx={6}
        fill="#ffffff"
        stroke={MUTED_INK}
        strokeWidth={1.25}
      />
      <text x={agent.x + DIAGRAM.agentPad} y={agent.y + 17} fontWeight={600} fill={INK}>
        {agent.nameText}
      </text>
      <text x={agent.x + DIAGRAM.agentPad} y={agent.y + 32} fill={MUTED_INK}>
        {agent.queueText}
      </text>
      {agent.locations.length === 0 ? (
        <text
          x={agent.x + DIAGRAM.agentPad}
          y={agent.y + DIAGRAM.agentHeader + 16}
          fill={MUTED_INK}
        >
          No code locations
        </text>
      ) : null}
      {agent.locations.map((loc) => (
        <LocationShape key={loc.name} loc={loc} />
      ))}
    </g>
  );
}

function DeploymentShape({ dep }: { dep: DeploymentBox }): JSX.Element {
  return (
    <g>
      <title>{`Deployment ${dep.name}`}</title>
      <rect
        x={dep.x}
        y={dep.y}
        width={dep.width}
        height={dep.height}
        rx={8}
        fill="#f6f8fa"
        stroke={MUTED_INK}
        strokeWidth={1.5}
        strokeDasharray="6 4"
      />
      <text x={dep.x + DIAGRAM.depPad} y={dep.y + 20} fontWeight={600} fill={INK}>
        {dep.headerText}
      </text>
      {dep.agents.map((agent) => (
        <AgentShape key={agent.name} agent={agent} />
      ))}
    </g>
  );
}

function LegendEntry({ item }: { item: LegendItem }): JSX.Element {
  return (
    <g>
      {item.kind === 'team' ? (
        <rect
          x={item.x}
          y={item.y}
          width={DIAGRAM.swatch}
          height={DIAGRAM.swatch}
          fill={item.color}
        />
      ) : (
        <rect
          x={item.x + 1}
          y={item.y + 1}
          width={DIAGRAM.swatch - 2}
          height={DIAGRAM.swatch - 2}
          fill="none"
          stroke={item.color}
          strokeWidth={1.5}
          strokeDasharray={item.kind === 'deployment' ? '3 2' : undefined}
        />
      )}
      <text x={item.x + DIAGRAM.swatch + 6} y={item.y + 11} fill={INK}>
        {item.label}
      </text>
    </g>
  );
}

/** What the diagram shows: the level's title, the deployments with their agents, the legend. */
const DiagramShapes = memo(function DiagramShapes(props: {
  layout: DiagramLayout;
  level: LevelId;
}): JSX.Element {
  const { layout, level } = props;
  return (
    <>
      <LevelShape level={level} x={DIAGRAM.margin} y={DIAGRAM.margin + 4} size={14} />
      <text
        x={DIAGRAM.margin + 22}
        y={DIAGRAM.margin + 15}
        fontSize={15}
        fontWeight={600}
        fill={INK}
      >
        {layout.title}
      </text>
      {layout.deployments.map((dep) => (
        <DeploymentShape key={dep.name} dep={dep} />
      ))}
      {layout.legend.map((item) => (
        <LegendEntry key={`${item.kind}-${item.label}`} item={item} />
      ))}
    </>
  );
});

/**
 * The text alternative, a disclosure: its lists are made when it opens (a 40-project topology
 * lists 40 locations and more, all of it built while the results draw, mostly never opened).
 */
function DiagramAsText({ topology }: { topology: Topology }): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="diagram-text"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>Diagram as text</summary>
      {open ? <DiagramLists topology={topology} /> : null}
    </details>
  );
}

/** Deployments, agents and locations as nested lists, then the repositories. */
function DiagramLists({ topology }: { topology: Topology }): JSX.Element {
  return (
    <>
      <ul>
        {topology.deployments.map((dep) => (
          <li key={dep.name}>
            Deployment <strong>{dep.name}</strong>: {dep.purpose}
            <ul>
              {dep.agents.map((agent) => (
                <li key={agent.name}>
                  Agent <strong>{agent.name}</strong> ({agent.platform}
                  {agent.queues.length > 0 ? `, queues: ${agent.queues.join(', ')}` : ''}
                  {agent.includeDefaultQueue ? ', default queue' : ''}
                  {agent.branchDeployments ? ', serves branch deployments' : ''})
                  {agent.locations.length > 0 ? (
                    <ul>
                      {agent.locations.map((loc) => (
                        <li key={loc.name}>
                          Code location <strong>{loc.name}</strong>, team {loc.team}, compute{' '}
                          {loc.compute}
                          {loc.highVolume ? ', high volume' : ''}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {topology.repos.length > 0 ? (
        <>
          <p>Repositories:</p>
          <ul>
            {topology.repos.map((repo) => (
              <li key={repo.name}>
                <strong>{repo.name}</strong>: {repo.locations.join(', ')} (teams{' '}
                {repo.teams.join(', ')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function TopologyDiagram(props: {
  topology: Topology;
  level: LevelId;
  headingId: string;
}): JSX.Element {
  const { topology, level, headingId } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(boxRef, DEFAULT_WIDTH);
  // Laid out once its box's width is known (before the first paint), at once: the SVG takes its
  // size then, so nothing below it moves later.
  const layout = useMemo(
    () => (width === null ? null : layoutDiagram(topology, level, LEVEL_LOOKS[level].label, width)),
    [topology, level, width],
  );
  // Its shapes (hundreds of elements for a large topology) in a render of their own that React
  // slices and the browser can interrupt, instead of within the task that measured the box.
  const drawn = useDeferredValue(layout);
  const titleId = `${headingId}-svg-title`;
  const descId = `${headingId}-svg-desc`;
  const locationCount = topology.deployments.reduce(
    (n, d) => n + d.agents.reduce((m, a) => m + a.locations.length, 0),
    0,
  );

  const handleDownload = (): void => {
    const svg = svgRef.current;
    if (svg === null) return;
    const markup = new XMLSerializer().serializeToString(svg);
    downloadText(
      'topology.svg',
      `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`,
      'image/svg+xml',
    );
  };

  return (
    <section className="results-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Topology</h2>
      <p className="results-muted">
        {countOf(topology.deployments.length, 'deployment', 'deployments')},{' '}
        {countOf(
          topology.deployments.reduce((n, d) => n + d.agents.length, 0),
          'agent',
          'agents',
        )}{' '}
        and {countOf(locationCount, 'code location', 'code locations')} for the recommended level.
      </p>
      <div className="diagram" ref={boxRef}>
        {layout === null ? null : (
          <svg
            ref={svgRef}
            xmlns="http://www.w3.org/2000/svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width.toString()} ${layout.height.toString()}`}
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            fontFamily={FONT}
            fontSize={12}
          >
            <title id={titleId}>{layout.title}</title>
            <desc id={descId}>
              Deployments contain agents, agents contain code locations coloured by team. The same
              topology is listed under &ldquo;Diagram as text&rdquo;.
            </desc>
            <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
            {drawn === null ? null : <DiagramShapes layout={drawn} level={level} />}
          </svg>
        )}
      </div>
      <div className="results-actions">
        <button type="button" className="button" onClick={handleDownload}>
          Download diagram (SVG)
        </button>
      </div>
      <DiagramAsText topology={topology} />
    </section>
  );
}
