/**
 * Why one level won: a stacked horizontal bar per level, one segment per criterion's points, with
 * the same numbers as a table for screen readers and print. Only renders `toChartData`.
 */
import { useMemo, useRef, type JSX } from 'react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

import type { LevelId, Ranking } from '@/domain/scoring/types';

import { toChartData, type ChartRow } from './chart-data';
import { LevelShape } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { useMeasuredWidth } from '@/components/use-width';

const CHART_HEIGHT = 220;

const isLevelId = (value: unknown): value is LevelId =>
  value === 'code-location' || value === 'agent' || value === 'deployment';

/** Y-axis label: the level's shape and name (colour is never alone). */
function LevelTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}): JSX.Element | null {
  const value = props.payload?.value;
  if (!isLevelId(value)) return null;
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const label = LEVEL_LOOKS[value].label;
  return (
    <g>
      <LevelShape level={value} x={x - 14} y={y - 6} size={12} />
      <text x={x - 20} y={y} dy="0.35em" textAnchor="end" className="chart-text">
        {label}
      </text>
    </g>
  );
}

export function ScoreChart(props: { ranking: Ranking; headingId: string }): JSX.Element {
  const { ranking } = props;
  const data = useMemo(() => toChartData(ranking), [ranking]);
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(boxRef, 640);
  const criteria = ranking.levels[0]?.breakdown ?? [];
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Why: points per criterion</h2>
      <p className="results-muted">
        Each bar is a level&apos;s score; each segment is what one criterion gave it (weight × fit).
        Longer segments decided more.
      </p>
      <div
        className="score-chart"
        ref={boxRef}
        role="img"
        aria-label={`Stacked bar chart of scores: ${data.rows.map((r) => `${r.name} ${r.score.toString()}`).join(', ')}. The table under "Chart as table" lists every segment.`}
      >
        {width === null ? null : (
          <BarChart
            width={width}
            height={CHART_HEIGHT}
            data={[...data.rows]}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
            <YAxis type="category" dataKey="level" width={128} tick={LevelTick} />
            {data.series.map((s) => (
              <Bar
                key={s.criterionId}
                dataKey={(row: ChartRow) => row.points[s.criterionId] ?? 0}
                name={s.label}
                stackId="score"
                fill={s.color}
                stroke="var(--r-bg)"
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </div>
      <ul className="chart-legend" aria-label="Criteria, in bar order">
        {data.series.map((s) => (
          <li key={s.criterionId}>
            <span
              className="chart-legend__swatch"
              style={{ background: s.color }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>Chart as table</summary>
        <ScrollRegion label="Chart as table">
          <table>
            <caption>Points per criterion and level (weight × fit)</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                {ranking.levels.map((l) => (
                  <th scope="col" key={l.level}>
                    {LEVEL_LOOKS[l.level].label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.criterionId}>
                  <th scope="row">{c.label}</th>
                  <td>{c.weight}</td>
                  {ranking.levels.map((l) => {
                    const row = l.breakdown.find((b) => b.criterionId === c.criterionId);
                    return (
                      <td key={l.level}>
                        {row === undefined
                          ? '0'
                          : `${(Math.round(row.points * 10) / 10).toString()} (fit ${row.fit.toString()})`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Score</th>
                <td>100</td>
                {ranking.levels.map((l) => (
                  <td key={l.level}>{l.score}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      </details>
    </section>
  );
}
