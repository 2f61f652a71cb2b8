/**
 * Growth: the three scores (as the ranking shows them) as projects or teams grow from today's
 * count, using the current answers as the pattern (`projectGrowth`, the same model as the
 * ranking), with a labelled line where the recommendation flips; labels are placed so they never
 * overlap (`placeFlipLabels`). Each level's line has its colour, its own dash pattern and its
 * shape as markers; the flips and the scores at a few sizes are also given as text.
 */
import { lazy, Suspense, useId, useMemo, useRef, useState, type JSX, type RefObject } from 'react';

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
import { useNearScreen } from '@/components/use-near-screen';
import { useMeasuredWidth } from '@/components/use-width';
import {
  flipLabel,
  GROWTH_DASHES,
  growthTicks,
  outcomeText,
  pointsAt,
  tableSizes,
  toGrowthRows,
} from './growth-data';

import './what-if.css';

const CHART_HEIGHT = 280;

/** recharts and the drawing: fetched once the chart's box nears the screen. */
const GrowthChart = lazy(() => import('./growth-chart'));

/** No element to measure yet. */
const NOT_YET: RefObject<HTMLDivElement | null> = { current: null };

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
  const near = useNearScreen(boxRef);
  // Measured only once near: the width matters only to draw, and measuring costs a layout.
  const width = useMeasuredWidth(near ? boxRef : NOT_YET, 640);
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
        {width === null || !near ? null : (
          <Suspense fallback={null}>
            <GrowthChart
              width={width}
              height={CHART_HEIGHT}
              rows={rows}
              from={from}
              to={to}
              ticks={ticks}
              axisLabel={DIMENSIONS[dimension].label}
              flips={growth.flips.map((flip) => ({
                n: flip.n,
                label: `${flip.n.toString()}: ${flipLabel(flip)}`,
              }))}
            />
          </Suspense>
        )}
      </div>
      <GrowthLegend />
      <GrowthTable growth={growth} dimension={dimension} />
    </section>
  );
}
