/**
 * "What would change it": every answer that, changed alone, would change the recommended level or
 * layout (from `findTippingPoints`, the same model as the ranking), each with a link that opens
 * that scenario and a button that compares it with this one. Says so when no single change would.
 */
import { useId, useMemo, type JSX } from 'react';
import type { Answers } from '@/domain/questionnaire/schemas';
import type { Ranking } from '@/domain/scoring/types';
import { buildShareUrl } from '@/domain/url-codec/codec';
import { findTippingPoints, tippingPointSummary } from '@/domain/what-if/tipping-points';

import { ANSWER_LABELS } from '@/domain/questionnaire/answer-labels';

import './what-if.css';

export function TippingPointsSection(props: {
  answers: Answers;
  ranking: Ranking;
  /** This scenario's share link; its base (before `#`) is reused for every what-if link. */
  shareUrl: string;
  headingId: string;
  /** Compare this scenario with the one behind `link`. */
  onCompare: (link: string) => void;
}): JSX.Element {
  const { answers, ranking, shareUrl } = props;
  const baseId = useId();
  const points = useMemo(() => findTippingPoints(answers, ranking), [answers, ranking]);
  const links = useMemo(
    () => points.map((p) => buildShareUrl(shareUrl, p.answers)),
    [points, shareUrl],
  );
  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>What would change it</h2>
      <p className="results-summary" data-testid="tipping-summary">
        {tippingPointSummary(ranking, points)}
      </p>
      {points.length > 0 ? (
        <ul className="tipping-points" data-testid="tipping-points">
          {points.map((point, i) => {
            const sentenceId = `${baseId}-tp-${i.toString()}`;
            const link = links[i] ?? shareUrl;
            return (
              <li key={point.id} className="tipping-point" data-tipping-point={point.id}>
                <p id={sentenceId} className="tipping-point__sentence">
                  {point.sentence}
                </p>
                <div className="tipping-point__footer">
                  <p className="tipping-point__change">
                    {ANSWER_LABELS[point.answerKey]}: {point.from} → {point.to}
                  </p>
                  <div className="tipping-point__actions">
                    <a
                      href={link}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-describedby={sentenceId}
                    >
                      Open this scenario
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                    <button
                      type="button"
                      className="button"
                      aria-describedby={sentenceId}
                      onClick={() => {
                        props.onCompare(link);
                      }}
                    >
                      Compare with a what-if
                    </button>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
