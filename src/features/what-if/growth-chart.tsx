/**
 * The growth section's line chart (recharts): a chunk of its own, fetched and drawn only once the
 * chart's box nears the screen (growth-section.tsx), so opening a results link does not pay for
 * recharts while the reader is still at the top. Same chart as before: each level's line in its
 * colour, dash pattern and shape markers at the ticks, a dashed line and label at each flip.
 */
import type { JSX } from 'react';
import { Line, LineChart, usePlotArea, useXAxisScale, XAxis, YAxis } from 'recharts';

import { LEVEL_IDS } from '@/domain/scoring/types';

import { LevelShape } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';
import {
  FLIP_LABEL_FONT_SIZE,
  GROWTH_DASHES,
  placeFlipLabels,
  type GrowthRow,
} from './growth-data';

const MARKER_SIZE = 9;

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

export default function GrowthChart(props: {
  width: number;
  height: number;
  rows: readonly GrowthRow[];
  from: number;
  to: number;
  ticks: readonly number[];
  /** The x axis' label (projects or teams). */
  axisLabel: string;
  flips: readonly { n: number; label: string }[];
}): JSX.Element {
  const { width, height, rows, from, to, ticks, axisLabel, flips } = props;
  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 12, right: 24, bottom: 24, left: 0 }}
      accessibilityLayer={false}
    >
      <XAxis
        dataKey="n"
        type="number"
        domain={[from, to]}
        ticks={ticks}
        tick={{ fill: 'currentColor' }}
        label={{
          value: axisLabel,
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
      <FlipMarkers flips={flips} />
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
