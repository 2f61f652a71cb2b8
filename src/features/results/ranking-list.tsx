/**
 * The three levels in rank order, each with its score, reasons, unmet requirements and what it
 * would need on another plan. The scores shown never increase down the list: a level held back
 * below one it out-fits says so beside its fit (`heldBack`). Carries the ranking's test contract
 * (data-testid / data-*; `data-fit-score` is the fit before anything is held back).
 */
import type { JSX } from 'react';

import { LEVELS } from '@/domain/scoring/criteria';
import type { RankedLevel, Ranking } from '@/domain/scoring/types';

import { LevelName } from '@/components/level-icon';
import { LEVEL_LOOKS } from '@/components/levels';

/**
 * Why a level is held back, in a few words: what it needs and which requirements it misses are
 * listed once, below ("Would need:", "Does not meet:").
 */
const heldBackWhy = (level: RankedLevel): string =>
  [
    level.available ? '' : 'is not on your plan',
    level.unmet.length === 0
      ? ''
      : level.unmet.length === 1
        ? 'misses a requirement'
        : `misses ${level.unmet.length.toString()} requirements`,
  ]
    .filter((part) => part !== '')
    .join(' and ');

export function RankingList(props: { ranking: Ranking; headingId: string }): JSX.Element {
  const { ranking } = props;
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Ranking</h2>
      <p className="results-muted">
        Scores are out of 100 and weigh what your answers say matters. A level that misses a
        requirement or is not on your plan ranks below those that fit, its score held to theirs.
      </p>
      <ol className="ranking" data-testid="ranking">
        {ranking.levels.map((level) => {
          const isRecommended = level.level === ranking.recommended;
          const { reasons } = level;
          return (
            <li
              key={level.level}
              className={`rank-item${isRecommended ? ' rank-item--recommended' : ''}`}
              data-testid="rank-item"
              data-level={level.level}
              data-score={String(level.score)}
              data-fit-score={String(level.fitScore)}
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
                {level.heldBack === null ? null : (
                  <span className="rank-fit" data-testid="held-back">
                    {' '}
                    (fits your priorities {level.fitScore}, but {heldBackWhy(level)}: held{' '}
                    {-level.heldBack.points} points back, below{' '}
                    {LEVELS[level.heldBack.below].title.toLowerCase()})
                  </span>
                )}
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
