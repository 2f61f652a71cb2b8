/**
 * The page: header, arrival notices, then the wizard step or the results (lazy-loaded, so charts,
 * the diagram, YAML and zip code are fetched only when results are shown), inside an error
 * boundary.
 */
import { createElement, lazy, Suspense, useState } from 'react';

import type { MigrationKit } from '@/domain/import/migration-kit';
import type { Answers } from '@/domain/questionnaire/schemas';
import type { ResultsView } from './results/results-view';
import { encodeShareState } from '@/domain/url-codec/encode';
import { loadWizard } from '@/features/wizard/load-wizard';
import { WizardRoute } from '@/features/wizard/wizard-route';
import type { BootNotice } from '@/store/boot';
import { useWizardStore, wizardStore } from '@/store/wizard-store';

import { ErrorBoundary } from './error-boundary';
import { lazyExport } from './lazy-export';
import { Notices } from './notices';

type ResultsViewComponent = typeof ResultsView;

/**
 * The results module, loaded without Suspense (see lazyExport): its fallback's 300 ms throttle
 * would hold back the recommendation, the page's largest paint on a share link, although its
 * module is usually there already.
 */
const resultsView = lazyExport<ResultsViewComponent>(() =>
  import('./results/results-view').then((m) => m.ResultsView),
);
/** Fetches the results' module; once it has loaded, the results render without a loading line. */
// eslint-disable-next-line react-refresh/only-export-components -- main.tsx waits on it before rendering
export const loadResultsView = resultsView.load;

const ImportView = lazy(() =>
  import('@/features/import/import-view').then((m) => ({ default: m.ImportView })),
);

/** The emitters' builders for the migration plan, from the results' details (see the section). */
const loadMigrationKit = (): Promise<MigrationKit> =>
  import('./results/results-view').then((m) => m.loadMigrationKit());

const MigrationSection = lazy(() =>
  import('@/features/import/migration-section').then((m) => ({ default: m.MigrationSection })),
);

const ImportNotes = lazy(() =>
  import('@/features/import/import-notes').then((m) => ({ default: m.ImportNotes })),
);

/** After an import, the projects step shows what the files could not tell. */
const ImportNotesSlot = () => {
  const view = useWizardStore((s) => s.view);
  const imported = useWizardStore((s) => s.imported);
  const answers = useWizardStore((s) => s.answers);
  if (view !== 'projects' || imported === null) return null;
  return (
    <Suspense fallback={null}>
      <ImportNotes imported={imported} answers={answers} />
    </Suspense>
  );
};

const Import = () => (
  <Suspense
    fallback={
      <p className="loading loading--screen" role="status">
        Loading the import…
      </p>
    }
  >
    <ImportView />
  </Suspense>
);

/** Fetches the wizard's steps 2 to 6 ahead of need; a failure shows when a step does. */
const prefetchWizard = (): void => {
  loadWizard().catch(() => undefined);
};

const editAnswers = (): void => {
  prefetchWizard();
  wizardStore.getState().goTo('platform');
};

const changeAnswers = (patch: Partial<Answers>): void => {
  wizardStore.getState().commitAnswers(patch);
};

const Results = ({ focusOnMount }: { readonly focusOnMount: boolean }) => {
  const answers = useWizardStore((s) => s.answers);
  const imported = useWizardStore((s) => s.imported);
  const view = resultsView.useLoaded();
  const shareUrl = `${window.location.origin}${window.location.pathname}#${encodeShareState(answers)}`;
  if (view === null) {
    return (
      <p className="loading loading--screen" role="status">
        Loading the results…
      </p>
    );
  }
  return createElement(view, {
    answers,
    shareUrl,
    onEdit: editAnswers,
    onEditIntent: prefetchWizard,
    onChangeAnswers: changeAnswers,
    focusOnMount,
    importPlan:
      imported === null ? null : (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the migration plan…
            </p>
          }
        >
          <MigrationSection
            imported={imported}
            answers={answers}
            loadKit={loadMigrationKit}
            // The id the results' table of contents links to (results/results-toc.tsx).
            headingId="results-migration"
          />
        </Suspense>
      ),
  });
};

export const App = ({ notices }: { readonly notices: readonly BootNotice[] }) => {
  const view = useWizardStore((s) => s.view);
  // Once the user has left the view the page opened on, a view shown was asked for: the results
  // then take the focus. A link that opens on them leaves it at the top of the page.
  const [openedOn] = useState(view);
  const [moved, setMoved] = useState(false);
  if (!moved && view !== openedOn) setMoved(true);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The fragment holds the answers: move focus without touching it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <div className="container">
          <h1 className="app-title">Isolation Advisor</h1>
          <p className="app-tagline">
            How to isolate projects and teams on Dagster+ Hybrid: code locations, agents or
            deployments, and a starter config.
          </p>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Notices notices={notices} />
        <ImportNotesSlot />
        <ErrorBoundary>
          {view === 'results' ? (
            <Results focusOnMount={moved} />
          ) : view === 'import' ? (
            <Import />
          ) : (
            <WizardRoute stepId={view} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="app-footer container">
        <p>
          Based on the Dagster+ guide “Managing multiple projects and teams”. Everything runs in
          this page: nothing you type is sent anywhere.
        </p>
      </footer>
    </>
  );
};
