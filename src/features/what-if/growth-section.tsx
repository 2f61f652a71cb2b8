/**
 * Growth: the three scores (as the ranking shows them) as projects or teams grow from today's
 * count, using the current answers as the pattern (`projectGrowth`, the same model as the
 * ranking), with a labelled line where the recommendation flips; labels are placed so they never
 * overlap (`placeFlipLabels`). Each level's line has its colour, its own dash pattern and its
 * shape as markers; the flips and the scores at a few sizes are also given as text.
 */
import { useId, useMemo, useRef, useState, type JSX } from 'react';
import { Line, LineChart, usePlotArea, useXAxisScale, XAxis, YAxis } from 'recharts';

import type { Answers } from '@/domain/questionnaire/schemas';
import { LEVEL_IDS, type LevelId } from '@/domain/scoring/types';
import {
  growthRangeFor,
  projectGrowth,
  type Growth,
  type GrowthDimension,
} from '@/domain/what-if/growth';

import { LevelShape } from '@/components/level-icon';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { LEVEL_LOOKS } from '@/components/levels';
import { useMeasuredWidth } from '@/components/use-width';
import {
  flipLabel,
  FLIP_LABEL_FONT_SIZE,
  GROWTH_DASHES,
  growthTicks,
  outcomeText,
  placeFlipLabels,
  pointsAt,
  tableSizes,
  toGrowthRows,
} from './growth-data';

import './what-if.css';

const CHART_HEIGHT = 280;
const MARKER_SIZE = 9;

const DIMENSIONS = {
  projects: { label: 'Projects', noun: 'projects' },
  teams: { label: 'Teams', noun: 'teams' },
} as const satisfies Record<GrowthDimension, { label: string; noun: string }>;

const DIMENSION_IDS = Object.keys(DIMENSIONS) as GrowthDimension[];

/** A line sample for the legend: the level's dash pattern and shape. */
function LineSample(props: { level: LevelId }): JSX.Element {
  const look = LEVEL_LOOKS[props.level];
  return (
    <svg width={40} height={14} viewBox="0 0 40 14" aria-hidden="true" focusable="false">
      <line
        x1={0}
        y1={7}
        x2={40}
        y2={7}
        stroke={look.color}
        strokeWidth={2}
        strokeDasharray={GROWTH_DASHES[props.level]}
      />
      <LevelShape level={props.level} x={15} y={2} size={10} />
    </svg>
  );
}

/**
 * A dashed vertical line and a label at each size where the recommendation changes, drawn from
 * the chart's own scale (recharts' hooks), the labels placed by `placeFlipLabels`.
 */
function FlipMarkers(props: {
  flips: readonly { n: number; label: string }[];
}): JSX.Element | null {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (scale === undefined || plot === undefined) return null;
  const xOf = (n: number): number => scale(n) ?? plot.x;
  const labels = placeFlipLabels(
    props.flips.map((flip) => ({ n: flip.n, text: flip.label })),
    xOf,
    plot,
  );
  return (
    <g className="growth-flip-markers">
      {props.flips.map((flip, i) => {
        const x = xOf(flip.n);
        const label = labels[i];
        return (
          <g key={flip.n}>
            <line
              x1={x}
              x2={x}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke="currentColor"
              strokeDasharray="3 3"
            />
            {label === null || label === undefined ? null : (
              <text
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
                fill="currentColor"
                fontSize={FLIP_LABEL_FONT_SIZE}
              >
                {label.text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** The line chart: one line per level, its shape at each tick, a marker at each flip. */
function GrowthChart(props: {
  width: number;
  growth: Growth;
  rows: ReturnType<typeof toGrowthRows>;
  dimension: GrowthDimension;
  from: number;
  to: number;
  ticks: number[];
}): JSX.Element {
  const { growth, rows, ticks } = props;
  return (
    <LineChart
      width={props.width}
      height={CHART_HEIGHT}
      data={rows}
      margin={{ top: 12, right: 24, bottom: 24, left: 0 }}
      accessibilityLayer={false}
    >
      <XAxis
        dataKey="n"
        type="number"
        domain={[props.from, props.to]}
        ticks={ticks}
        tick={{ fill: 'currentColor' }}
        label={{
          value: DIMENSIONS[props.dimension].label,
          position: 'insideBottom',
          offset: -16,
          fill: 'currentColor',
        }}
      />
      <YAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        width={40}
        tick={{ fill: 'currentColor' }}
      />
      <FlipMarkers
        flips={growth.flips.map((flip) => ({
          n: flip.n,
          label: `${flip.n.toString()}: ${flipLabel(flip)}`,
        }))}
      />
      {LEVEL_IDS.map((level) => (
        <Line
          key={level}
          type="linear"
          dataKey={level}
          name={LEVEL_LOOKS[level].label}
          stroke={LEVEL_LOOKS[level].color}
          strokeWidth={2}
          strokeDasharray={GROWTH_DASHES[level]}
          isAnimationActive={false}
          activeDot={false}
          dot={(dot) => {
            const key = `${level}-${dot.index.toString()}`;
            const row = rows[dot.index];
            if (
              row === undefined ||
              !ticks.includes(row.n) ||
              dot.cx === undefined ||
              dot.cy === undefined
            ) {
              return <g key={key} />;
            }
            return (
              <LevelShape
                key={key}
                level={level}
                x={dot.cx - MARKER_SIZE / 2}
                y={dot.cy - MARKER_SIZE / 2}
                size={MARKER_SIZE}
              />
            );
          }}
        />
      ))}
    </LineChart>
  );
}

function GrowthLegend(): JSX.Element {
  return (
    <ul className="chart-legend" aria-label="Lines">
      {LEVEL_IDS.map((level) => (
        <li key={level}>
          <LineSample level={level} />
          {LEVEL_LOOKS[level].label}
        </li>
      ))}
      <li>
        <svg width={20} height={14} viewBox="0 0 20 14" aria-hidden="true" focusable="false">
          <line x1={10} y1={0} x2={10} y2={14} stroke="currentColor" strokeDasharray="3 3" />
        </svg>
        Recommendation changes
      </li>
    </ul>
  );
}

/** The text alternative: scores and recommendation at a few sizes and around each flip. */
function GrowthTable(props: { growth: Growth; dimension: GrowthDimension }): JSX.Element {
  const sample = useMemo(() => pointsAt(props.growth, tableSizes(props.growth)), [props.growth]);
  const { label, noun } = DIMENSIONS[props.dimension];
  return (
    <details className="chart-table">
      <summary>Growth as table</summary>
      <ScrollRegion label="Growth as table">
        <table>
          <caption>
            Scores and recommendation by number of {noun} (sizes around each change included)
          </caption>
          <thead>
            <tr>
              <th scope="col">{label}</th>
              {LEVEL_IDS.map((level) => (
                <th scope="col" key={level}>
                  {LEVEL_LOOKS[level].label}
                </th>
              ))}
              <th scope="col">Recommended</th>
            </tr>
          </thead>
          <tbody>
            {sample.map((point) => (
              <tr key={point.n}>
                <th scope="row">{point.n}</th>
                {LEVEL_IDS.map((level) => (
                  <td key={level}>{point.scores[level]}</td>
                ))}
                <td>{outcomeText(point)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}

export function GrowthSection(props: { answers: Answers; headingId: string }): JSX.Element {
  const { answers } = props;
  const [dimension, setDimension] = useState<GrowthDimension>('projects');
  const name = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(boxRef, 640);
  const { from, to } = growthRangeFor(answers, dimension);
  const growth = useMemo(
    () => projectGrowth(answers, { dimension, from, to }),
    [answers, dimension, from, to],
  );
  const rows = useMemo(() => toGrowthRows(growth), [growth]);
  const ticks = useMemo(() => growthTicks(from, to), [from, to]);
  const noun = DIMENSIONS[dimension].noun;
  const range = `${from.toString()} (today) to ${to.toString()}`;
  const flipsText =
    growth.flips.length === 0
      ? `The recommendation stays the same from ${range} ${noun}.`
      : growth.flips.map((f) => f.sentence).join(' ');

  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Growth</h2>
      <p className="results-muted">
        The three scores as your {noun} grow from {range}, following today&apos;s answers as the
        pattern
        {dimension === 'projects'
          ? ' (new projects copy the existing ones in turn)'
          : ' (each new team brings a project of its own)'}
        . A vertical line marks each size where the recommendation changes.
      </p>
      <fieldset className="growth-toggle">
        <legend>Grow by</legend>
        {DIMENSION_IDS.map((id) => (
          <label key={id} className="growth-toggle__option">
            <input
              type="radio"
              name={name}
              value={id}
              checked={dimension === id}
              onChange={() => {
                setDimension(id);
              }}
            />
            {DIMENSIONS[id].label}
          </label>
        ))}
      </fieldset>
      <p className="growth-flips" data-testid="growth-flips">
        {flipsText}
      </p>
      <div
        className="growth-chart"
        ref={boxRef}
        role="img"
        aria-label={`Line chart of the three scores for ${range} ${noun}. ${flipsText} The table under "Growth as table" lists the scores.`}
      >
        {width === null ? null : (
          <GrowthChart
            width={width}
            growth={growth}
            rows={rows}
            dimension={dimension}
            from={from}
            to={to}
            ticks={ticks}
          />
        )}
      </div>
      <GrowthLegend />
      <GrowthTable growth={growth} dimension={dimension} />
    </section>
  );
}
