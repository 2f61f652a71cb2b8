/**
 * Why one level won: a stacked horizontal bar per level, one segment per criterion's points (the
 * bar is the level's fit), captioned with the score the ranking shows, with the same numbers as a
 * table for screen readers and print (fit, points held back, score). Only renders `toChartData`
 * through `barLayout`: plain SVG, since three stacked bars do not need recharts' bar chart
 * (about 10 kB gzip of the results' budget).
 */
import { useMemo, useRef, type JSX } from 'react';

import type { LevelId, Ranking } from '@/domain/scoring/types';

import { barLayout, SCORE_CHART, toChartData } from './chart-data';
import { LevelShape } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { useMeasuredWidth } from '@/components/use-width';

/** Row label: the level's shape and name (colour is never alone), its score under them. */
function LevelTick(props: { level: LevelId; x: number; y: number; caption: string }): JSX.Element {
  const { level, x, y } = props;
  return (
    <g>
      <LevelShape level={level} x={x - 14} y={y - 12} size={12} />
      <text x={x - 20} y={y - 6} dy="0.35em" textAnchor="end" className="chart-text">
        {LEVEL_LOOKS[level].label}
      </text>
      <text x={x - 4} y={y + 9} dy="0.35em" textAnchor="end" className="chart-text">
        {props.caption}
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
  const layout = useMemo(() => (width === null ? null : barLayout(data, width)), [data, width]);
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Why: points per criterion</h2>
      <p className="results-muted">
        Each bar is how well a level fits your priorities; each segment is what one criterion gave
        it (weight × fit). Under each name: its score, and its fit if held back.
      </p>
      <div
        className="score-chart"
        ref={boxRef}
        role="img"
        aria-label={`Stacked bar chart of how each level fits your priorities, with its score: ${data.rows.map((r) => `${r.name} ${r.caption}`).join('; ')}. The table under "Chart as table" lists every segment.`}
      >
        {width === null || layout === null ? null : (
          <svg width={width} height={SCORE_CHART.height} aria-hidden="true" focusable="false">
            <line
              className="chart-axis"
              x1={layout.x0}
              x2={layout.x100}
              y1={layout.axisY}
              y2={layout.axisY}
            />
            {layout.ticks.map((t) => (
              <g key={t.value}>
                <line
                  className="chart-axis"
                  x1={t.x}
                  x2={t.x}
                  y1={layout.axisY}
                  y2={layout.axisY + 6}
                />
                <text x={t.x} y={layout.axisY + 18} textAnchor="middle" className="chart-text">
                  {t.value}
                </text>
              </g>
            ))}
            {layout.rows.map((row, i) => (
              <LevelTick
                key={row.level}
                level={row.level}
                x={layout.x0 - 4}
                y={row.y}
                caption={data.rows[i]?.caption ?? ''}
              />
            ))}
            {layout.segments.map((seg) => (
              <rect
                key={`${seg.level}-${seg.criterionId}`}
                className="score-chart__segment"
                x={seg.x}
                y={seg.y}
                width={seg.width}
                height={seg.height}
                fill={seg.color}
                stroke="var(--r-bg)"
              />
            ))}
          </svg>
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
                          : `${row.shownPoints.toString()} (fit ${row.fit.toString()})`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Fit</th>
                <td>100</td>
                {ranking.levels.map((l) => (
                  <td key={l.level}>{l.fitScore}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">Held back</th>
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
