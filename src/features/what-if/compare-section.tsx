/**
 * "Compare with another scenario": paste another scenario's share link (or start from a what-if)
 * and see both side by side, each with its own share link: the recommendation, the score changes,
 * the topology changes and the file changes with a line diff whose +/- markers are text. The
 * pasted link goes through `decodeShareState`; what it could not use is shown as an alert. The
 * comparison itself (comparison-view.tsx) loads only when someone compares.
 */
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type JSX,
  type SyntheticEvent,
} from 'react';

import type { Answers } from '@/domain/questionnaire/schemas';

import { withCode } from '@/components/rich-text';

import { readScenarioLink, type ScenarioLink } from './scenario-link';

import './what-if.css';

const ComparisonView = lazy(() =>
  import('./comparison-view').then((m) => ({ default: m.ComparisonView })),
);

export function CompareSection(props: {
  answers: Answers;
  /** This scenario's share link (its base is reused for the other scenario's link). */
  shareUrl: string;
  headingId: string;
  /** A link to fill in and compare at once (from "Compare with a what-if"). */
  initialLink?: string | undefined;
}): JSX.Element {
  const { answers, shareUrl, initialLink } = props;
  const fieldId = useId();
  const alertId = useId();
  const [link, setLink] = useState(initialLink ?? '');
  const [read, setRead] = useState<ScenarioLink | null>(() =>
    initialLink === undefined ? null : readScenarioLink(initialLink),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionHeadingRef = useRef<HTMLHeadingElement>(null);
  const compared = read?.ok === true ? read.answers : null;

  useEffect(() => {
    // Arriving from a what-if: bring the comparison into view.
    if (initialLink !== undefined) (headingRef.current ?? sectionHeadingRef.current)?.focus();
  }, [initialLink]);

  const handleSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setRead(readScenarioLink(link));
  };

  const problems = read === null ? [] : read.problems;
  const showAlert = read !== null && (!read.ok || problems.length > 0);

  return (
    <section
      className={`results-section compare${compared === null ? ' compare--empty' : ''}`}
      aria-labelledby={props.headingId}
    >
      <h2 id={props.headingId} ref={sectionHeadingRef} tabIndex={-1}>
        Compare with another scenario
      </h2>
      <p className="results-muted">
        Today and next year, say: paste the share link of another set of answers, or use
        &ldquo;Compare with a what-if&rdquo; under What would change it.
      </p>
      <form className="compare-form" onSubmit={handleSubmit} noValidate>
        <label htmlFor={fieldId}>Other scenario&apos;s share link</label>
        <div className="compare-form__row">
          <input
            id={fieldId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={link}
            aria-describedby={showAlert ? alertId : undefined}
            aria-invalid={read !== null && !read.ok}
            onChange={(e) => {
              setLink(e.currentTarget.value);
            }}
          />
          <button type="submit" className="button button--primary">
            Compare
          </button>
        </div>
      </form>
      {showAlert ? (
        <div className="compare-alert" role="alert" id={alertId}>
          <p>
            {read.ok ? 'Parts of this link could not be used; the rest is compared:' : read.reason}
          </p>
          {problems.length > 0 ? (
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{withCode(problem)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {compared !== null ? (
        <div className="compare-result" data-testid="comparison">
          <h3 ref={headingRef} tabIndex={-1}>
            Side by side
          </h3>
          <Suspense
            fallback={
              <p className="results-muted" role="status">
                Comparing…
              </p>
            }
          >
            <ComparisonView answers={answers} other={compared} shareUrl={shareUrl} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
