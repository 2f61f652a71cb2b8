/**
 * The three levels in rank order, each with its score, reasons, unmet requirements and what it
 * would need on another plan. Carries the ranking's test contract (data-testid / data-*).
 */
import type { JSX } from 'react';

import type { Ranking } from '@/domain/scoring/types';

import { LevelName } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';
import { reasonsShown } from './ranking-reasons';

export function RankingList(props: { ranking: Ranking; headingId: string }): JSX.Element {
  const { ranking } = props;
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Ranking</h2>
      <p className="results-muted">
        Scores are out of 100 and weigh what your answers say matters. A level that misses a
        requirement or is not on your plan ranks below those that fit.
      </p>
      <ol className="ranking" data-testid="ranking">
        {ranking.levels.map((level) => {
          const isRecommended = level.level === ranking.recommended;
          const reasons = reasonsShown(level);
          return (
            <li
              key={level.level}
              className={`rank-item${isRecommended ? ' rank-item--recommended' : ''}`}
              data-testid="rank-item"
              data-level={level.level}
              data-score={String(level.score)}
              data-available={String(level.available)}
              style={{ borderInlineStartColor: LEVEL_LOOKS[level.level].color }}
            >
              <h3 className="rank-title">
                <span className="rank-position">{level.rank}.</span>
                <LevelName level={level.level} />
                {isRecommended ? <span className="badge badge--strong">Recommended</span> : null}
                {level.available ? null : <span className="badge">Not on your plan</span>}
              </h3>
              <p className="rank-score">
                Score <strong>{level.score}</strong> / 100
              </p>
              <div className="score-bar" aria-hidden="true">
                <span
                  className="score-bar__fill"
                  style={{
                    width: `${Math.max(0, Math.min(100, level.score))}%`,
                    background: LEVEL_LOOKS[level.level].color,
                  }}
                />
              </div>
              {reasons.length > 0 ? (
                <ul className="rank-reasons">
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : null}
              {level.unmet.length > 0 ? (
                <div className="rank-unmet">
                  <p>
                    <strong>Does not meet:</strong>
                  </p>
                  <ul>
                    {level.unmet.map((req) => (
                      <li key={req.id}>{req.label}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {!level.available && level.needs !== null ? (
                <p className="rank-needs">
                  <strong>Would need:</strong> {level.needs}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
