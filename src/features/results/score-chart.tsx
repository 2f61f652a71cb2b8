/**
 * Why one level won: a stacked horizontal bar per level, one segment per criterion's points (the
 * bar is the level's fit), captioned with the score the ranking shows, with the same numbers as a
 * table for screen readers and print (fit, points held back, score). Only renders `toChartData`.
 */
import { useMemo, useRef, type JSX } from 'react';
import { Bar, BarChart, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';

import type { LevelId, Ranking } from '@/domain/scoring/types';

import { toChartData, type ChartRow } from './chart-data';
import { LevelShape } from './level-icon';
import { LEVEL_LOOKS } from './levels';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { useMeasuredWidth } from './use-width';

const CHART_HEIGHT = 220;

const isLevelId = (value: unknown): value is LevelId =>
  value === 'code-location' || value === 'agent' || value === 'deployment';

/** Y-axis label: the level's shape and name (colour is never alone), its score under them. */
function LevelTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  captions: ReadonlyMap<LevelId, string>;
}): JSX.Element | null {
  const value = props.payload?.value;
  if (!isLevelId(value)) return null;
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const label = LEVEL_LOOKS[value].label;
  return (
    <g>
      <LevelShape level={value} x={x - 14} y={y - 12} size={12} />
      <text x={x - 20} y={y - 6} dy="0.35em" textAnchor="end" className="chart-text">
        {label}
      </text>
      <text x={x - 4} y={y + 9} dy="0.35em" textAnchor="end" className="chart-text">
        {props.captions.get(value)}
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
  const captions = useMemo(() => new Map(data.rows.map((r) => [r.level, r.caption])), [data]);
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Why: points per criterion</h2>
      <p className="results-muted">
        Each bar is how well a level fits your priorities; each segment is what one criterion gave
        it (weight × fit). Longer segments decided more. Under each name is the score the ranking
        shows, with the fit beside it when the level is held back below one it out-fits.
      </p>
      <div
        className="score-chart"
        ref={boxRef}
        role="img"
        aria-label={`Stacked bar chart of how each level fits your priorities, with its score: ${data.rows.map((r) => `${r.name} ${r.caption}`).join('; ')}. The table under "Chart as table" lists every segment.`}
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
            <YAxis
              type="category"
              dataKey="level"
              width={128}
              tick={(tick: YAxisTickContentProps) => (
                <LevelTick x={tick.x} y={tick.y} payload={tick.payload} captions={captions} />
              )}
            />
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
                <th scope="row">Fit (sum of the points)</th>
                <td>100</td>
                {ranking.levels.map((l) => (
                  <td key={l.level}>{l.fitScore}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">Held back below a level it out-fits</th>
                <td />
                {ranking.levels.map((l) => (
                  <td key={l.level}>
                    {l.heldBack === null
                      ? '0'
                      : `${l.heldBack.points.toString()} (${l.heldBack.because})`}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Score</th>
                <td />
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
