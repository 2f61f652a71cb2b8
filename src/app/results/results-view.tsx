/**
 * The results, read top-down as an argument: the recommendation (level and repository layout) with
 * the share and print actions, the migration plan when the answers came from an import, the
 * ranking with its reasons and the repository layout; then, from a lazy chunk (results-details),
 * the topology, the files, what would change it, the points per criterion, growth, the guide's
 * trade-offs, the answers and the comparison. The top needs only scoring, so on a phone it paints
 * before recharts, the emitters (and the YAML library) or the what-if models are even downloaded;
 * the rest loads right after, never on scroll. Everything is derived from `answers` with useMemo;
 * nothing derived is stored. "Print report" waits until every section is on screen, then prints
 * the whole page as a report (see the print rules in results.css and what-if.css).
 */
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
} from 'react';

import type { MigrationKit } from '@/domain/import/migration-kit';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { ShareActions } from '@/features/share/share-actions';

import { LevelName } from '@/components/level-icon';
import { RankingList } from '@/features/results/ranking-list';
import { RECOMMENDATION_HEADINGS, recommendationOf } from '@/features/results/recommendation';
import { RepoLayoutView } from '@/features/results/repo-layout';
import { markResultsDrawn } from '../results-drawn';
import { preload, settled } from './preload';
import { RESULTS_ID_PREFIX, tocEntries } from './results-sections';
import { ResultsToc } from './results-toc';
import { SectionPlaceholder } from './stages';

import '@/features/results/results.css';
// The what-if sections' styles ride in this stylesheet: one request, no second CSS file later
// (the side-by-side comparison, loaded when someone compares, brings its own).
import '@/features/what-if/what-if.css';

const details = preload(() => import('./results-details'));

/**
 * What marks a recommendation painted before React (EARLY_ATTRIBUTE of src/app/early/paint-results,
 * not imported: that module belongs to the link's own chunk).
 */
export const EARLY_PAINT_SELECTOR = '[data-early]';

/**
 * On a link whose recommendation was painted before React (src/app/early), that paint is the
 * page's largest and already on screen, and this module is evaluated right after it: the details
 * are then fetched and run at once, so that they are usually there for React's first render of
 * the results and draw with the top, instead of after React's own first paint.
 */
const earlyPainted =
  typeof document !== 'undefined' && document.querySelector(EARLY_PAINT_SELECTOR) !== null;
if (earlyPainted) details.load().catch(() => undefined);

/**
 * The emitters' builders the import's migration plan uses (see domain/import/migration-kit.ts).
 * Exported from here, the details' only importer, so that asking for them splits no chunk.
 */
// eslint-disable-next-line react-refresh/only-export-components -- see above; dev reloads this file in full
export const loadMigrationKit = async (): Promise<MigrationKit> =>
  (await details.load()).MIGRATION_KIT;

/**
 * Fetches every module the results load on their own (the details and the charts): once it has
 * resolved, the details render without suspending. Component tests call it first.
 */
// eslint-disable-next-line react-refresh/only-export-components -- a loader, like the one above
export const loadResultsModules = async (): Promise<void> => {
  await (await details.load()).loadCharts();
};

const ResultsDetails = lazy(() => {
  const loaded = details.loaded();
  return loaded === null
    ? details.load().then((m) => ({ default: m.ResultsDetails }))
    : settled({ default: loaded.ResultsDetails });
});

/**
 * True once the details' module is there, fetched right after the top's first paint: the
 * recommendation is the page's largest paint and nothing should compete with it (at once where
 * it was painted before React).
 */
function useDetailsLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => details.loaded() !== null);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const done = (): void => {
      // On failure too: the lazy component then retries and shows the error.
      if (!live) return;
      startTransition(() => {
        setLoaded(true);
      });
    };
    const start = (): void => {
      details.load().then(done, done);
    };
    if (earlyPainted) {
      start();
      return () => {
        live = false;
      };
    }
    // A task after the next frame is after its paint; the second timer covers hidden pages,
    // which get no frames.
    const timers = [setTimeout(start, 250)];
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => timers.push(setTimeout(start, 0)))
        : null;
    return () => {
      live = false;
      timers.forEach(clearTimeout);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [loaded]);
  return loaded;
}

export function ResultsView(props: {
  answers: Answers;
  shareUrl: string;
  onEdit: () => void;
  /** "Edit answers" hovered or focused: a chance to fetch the wizard before it is needed. */
  onEditIntent?: (() => void) | undefined;
  /** Shown after the recommendation: the migration plan when the answers came from an import. */
  importPlan?: JSX.Element | null;
  /** Changes answers from the results ("Also generate"); without it those choices are not shown. */
  onChangeAnswers?: (patch: Partial<Answers>) => void;
  /** Focus the recommendation when shown: the user asked for the results ("See results"). */
  focusOnMount?: boolean;
}): JSX.Element {
  const { answers, shareUrl, focusOnMount = false } = props;
  // Stable ids (results-<section>): the table of contents and the page's readers find sections by them.
  const id = RESULTS_ID_PREFIX;
  const recommendation = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) recommendation.current?.focus();
  }, [focusOnMount]);
  const ranking = useMemo(() => rankOptions(answers), [answers]);
  const rec = useMemo(() => recommendationOf(answers, ranking), [answers, ranking]);
  // Every section is on screen: until then "Print report" is disabled (it would print half).
  const [complete, setComplete] = useState(false);
  const markComplete = useCallback(() => {
    setComplete(true);
    markResultsDrawn();
  }, []);
  const detailsLoaded = useDetailsLoaded();
  const [recordStatus, setRecordStatus] = useState('');
  const h = (name: string): string => `${id}-${name}`;
  const imported = props.importPlan !== undefined && props.importPlan !== null;
  const toc = useMemo(() => tocEntries({ imported, detailsShown: complete }), [imported, complete]);
  const detailsPlaceholder = (
    <div className="results-details results-details--loading" aria-busy="true">
      <SectionPlaceholder label="Loading the diagram, the files and the details…" />
    </div>
  );

  return (
    <div className="results">
      <section className="results-section results-recommendation" aria-labelledby={h('rec')}>
        <h2 id={h('rec')} ref={recommendation} tabIndex={-1}>
          {RECOMMENDATION_HEADINGS.section}
        </h2>
        <p
          className="results-lead"
          data-testid="recommendation"
          data-level={rec.level}
          data-score={rec.score}
        >
          <LevelName level={rec.level} />
          {rec.leadAfterLevel}
        </p>
        <p className="results-summary">{rec.summary}</p>
        {rec.planNotes.length > 0 ? (
          <div className="plan-notes">
            <h3>{RECOMMENDATION_HEADINGS.planNotes}</h3>
            <ul>
              {rec.planNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {rec.busyNote === null ? null : (
          <div className="plan-notes" data-testid="busy-note">
            <h3>{RECOMMENDATION_HEADINGS.busyNote}</h3>
            <p>{rec.busyNote}</p>
          </div>
        )}
        <p className="results-muted">{rec.footnote}</p>
        <ShareActions shareUrl={shareUrl} onEdit={props.onEdit} onEditIntent={props.onEditIntent} />
        <div className="results-actions">
          <button
            type="button"
            className="button"
            disabled={!complete}
            onClick={() => {
              window.print();
            }}
          >
            Print report
          </button>
          <button
            type="button"
            className="button"
            disabled={!complete}
            onClick={() => {
              void details.load().then(
                (m) => {
                  setRecordStatus(
                    `Downloaded ${m.downloadDecisionRecord(answers, ranking, shareUrl)}`,
                  );
                },
                () => {
                  setRecordStatus('Could not load the decision record: reload the page.');
                },
              );
            }}
          >
            Download decision record
          </button>
        </div>
        <p className="results-status" role="status">
          {recordStatus}
        </p>
        <p className="print-only results-reopen">
          Reopen these answers: <a href={shareUrl}>{shareUrl}</a>
        </p>
      </section>
      <ResultsToc entries={toc} />
      <div className="results-main">
        {props.importPlan}
        <RankingList ranking={ranking} headingId={h('ranking')} />
        <RepoLayoutView layout={ranking.layout} headingId={h('layout')} />
        {detailsLoaded ? (
          <Suspense fallback={detailsPlaceholder}>
            <ResultsDetails
              answers={answers}
              ranking={ranking}
              shareUrl={shareUrl}
              idPrefix={id}
              onChangeAnswers={props.onChangeAnswers}
              onAllShown={markComplete}
            />
          </Suspense>
        ) : (
          detailsPlaceholder
        )}
      </div>
    </div>
  );
}
