/**
 * The guide's pro/con matrix for the three levels, verbatim, with the rows that weigh on these
 * answers marked in text ("Matters for you") as well as by style.
 */
import type { JSX } from 'react';

import { GUIDE_MATRIX, GUIDE_URL, type MatrixRow } from '@/domain/scoring/criteria';
import { LEVEL_IDS, type Ranking } from '@/domain/scoring/types';

import { LevelName } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';
import { criterionWeights, rowMatters } from './matters';

function MatrixItems(props: {
  rows: readonly MatrixRow[];
  weights: ReadonlyMap<string, { label: string; weight: number }>;
}): JSX.Element {
  return (
    <ul className="matrix-list">
      {props.rows.map((row) => {
        const matters = rowMatters(row.criteria, props.weights);
        return (
          <li key={row.text} className={matters.length > 0 ? 'matters' : undefined}>
            {row.text}
            {matters.length > 0 ? (
              <span className="matters-tag">
                {' '}
                <strong>Matters for you:</strong>{' '}
                {matters.map((m) => `${m.label} (weight ${m.weight.toString()})`).join(', ')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function GuideMatrix(props: { ranking: Ranking; headingId: string }): JSX.Element {
  const weights = criterionWeights(props.ranking);
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>The guide&apos;s trade-offs</h2>
      <p className="results-muted">
        Pros and cons as the guide{' '}
        <a href={GUIDE_URL} rel="noreferrer">
          &ldquo;Managing multiple projects and teams&rdquo;
        </a>{' '}
        lists them. Rows marked &ldquo;Matters for you&rdquo; touch a criterion your answers weigh.
      </p>
      <div className="matrix">
        {LEVEL_IDS.map((level) => {
          const entry = GUIDE_MATRIX.levels[level];
          return (
            <article
              key={level}
              className="matrix-card"
              style={{ borderTopColor: LEVEL_LOOKS[level].color }}
              aria-labelledby={`${props.headingId}-${level}`}
            >
              <h3 id={`${props.headingId}-${level}`}>
                <LevelName level={level} />
                <span className="visually-hidden"> ({entry.title})</span>
              </h3>
              <h4>Pros</h4>
              <MatrixItems rows={entry.pros} weights={weights} />
              <h4>Cons</h4>
              <MatrixItems rows={entry.cons} weights={weights} />
              {entry.note === null ? null : <p className="matrix-note">Note: {entry.note}</p>}
            </article>
          );
        })}
      </div>
    </section>
  );
}
