/**
 * The repository layout recommendation (monorepo or multirepo), its reasons, and the guide's
 * trade-offs for both layouts with the chosen one first. Carries `data-testid="repo-layout"`.
 */
import type { JSX } from 'react';

import { GUIDE_MATRIX, type LayoutMatrixRow } from '@/domain/scoring/criteria';
import type { RepoLayout, Ranking } from '@/domain/scoring/types';

import { LAYOUT_NAMES } from './layout-names';
import { layoutRowMatters } from './matters';

function LayoutRows(props: {
  rows: readonly LayoutMatrixRow[];
  layout: Ranking['layout'];
}): JSX.Element {
  return (
    <ul className="matrix-list">
      {props.rows.map((row) => {
        const matters = layoutRowMatters(row.answers, props.layout);
        return (
          <li key={row.text} className={matters ? 'matters' : undefined}>
            {row.text}
            {matters ? (
              <span className="matters-tag">
                {' '}
                <strong>Matters for you</strong>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function RepoLayoutView(props: {
  layout: Ranking['layout'];
  headingId: string;
}): JSX.Element {
  const { layout } = props;
  const chosen = layout.layout;
  const order: readonly RepoLayout[] =
    chosen === 'monorepo' ? ['monorepo', 'multirepo'] : ['multirepo', 'monorepo'];
  return (
    <section
      className="results-section"
      aria-labelledby={props.headingId}
      data-testid="repo-layout"
      data-layout={chosen}
    >
      <h2 id={props.headingId}>Repository layout</h2>
      <p className="results-lead">
        Recommended: <strong>{LAYOUT_NAMES[chosen]}</strong>
      </p>
      {layout.reasons.length > 0 ? (
        <>
          <h3>Why</h3>
          <ul>
            {layout.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="matrix matrix--two">
        {order.map((id) => {
          const entry = GUIDE_MATRIX.layouts[id];
          return (
            <article
              key={id}
              className={`matrix-card${id === chosen ? ' matrix-card--chosen' : ''}`}
              aria-labelledby={`${props.headingId}-${id}`}
            >
              <h3 id={`${props.headingId}-${id}`}>
                {entry.title}
                {id === chosen ? <span className="badge badge--strong">Recommended</span> : null}
              </h3>
              <p>{entry.howItWorks}</p>
              <h4>Pros</h4>
              <LayoutRows rows={entry.pros} layout={layout} />
              <h4>Cons</h4>
              <LayoutRows rows={entry.cons} layout={layout} />
            </article>
          );
        })}
      </div>
    </section>
  );
}
