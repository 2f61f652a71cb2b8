/**
 * Composition root, loaded by the page's first script (src/early.ts): decide what to open with
 * (link, draft or defaults), connect the store to the URL and the draft, render. The build prerenders the first screen into index.html (see
 * src/app/prerender.tsx): when the page opens on that screen it is hydrated, otherwise rendered
 * afresh. Steps 2 to 6 are fetched when the browser is idle (or at once when the page opens on one;
 * on the results, when someone goes to edit), the share-link decoder only when the page opens on a
 * link, after its recommendation is painted without React (src/app/early).
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import './app/theme.css';
import { App } from './app/app';
import { matchesFirstScreen } from './app/first-screen';
import { onResultsDrawn } from './app/results-drawn';
import { loadNoticeItem } from './app/notices';
import { isStepId } from './domain/questionnaire/step-order';
import { loadWizard } from './features/wizard/load-wizard';
import { resolveBootWithoutLink, type BootState } from './store/boot-without-link';
import { browserStorage, type DraftStorage } from './store/draft-storage';
import { FIRST_VIEW, splitFragment, type View } from './store/fragment';
import { connectPersistence } from './store/persistence';
import { wizardStore } from './store/wizard-store';

/** Connects the store to the URL and the draft, renders, and prefetches the other steps. */
const start = (boot: BootState, storage: DraftStorage | null): void => {
  const hydrate = matchesFirstScreen(boot);
  // The store starts with the defaults on step 1, which is what the prerendered markup shows.
  if (!hydrate) wizardStore.getState().replaceAnswers(boot.answers, boot.view);
  connectPersistence(wizardStore, window, storage);
  registerOffline(wizardStore.getState().view);

  const prefetchWizard = (): void => {
    loadWizard().catch(() => undefined); // Retried when a step is shown; the error shows then.
  };
  const view = wizardStore.getState().view;
  if (view !== FIRST_VIEW && isStepId(view)) prefetchWizard();
  else if (view === FIRST_VIEW) {
    if ('requestIdleCallback' in window) window.requestIdleCallback(prefetchWizard);
    else setTimeout(prefetchWizard, 1000);
  }
  // Elsewhere (the results of a shared link, the import) the wizard is fetched on intent, when
  // "Edit answers" is hovered or focused (app.tsx): most who open a link only read it, and the
  // wizard's code would otherwise run while the results draw.

  // A page that opens with notices shows them with its first render: their module first.
  if (boot.notices.length > 0) {
    void loadNoticeItem()
      .catch(() => null) // Notices loads it again; a failure then shows in the error boundary.
      .then(() => {
        render(boot, hydrate);
      });
  } else {
    render(boot, hydrate);
  }
};

/** Set on #root once React has the page (see `render`). */
const APP_STARTED_ATTRIBUTE = 'data-app-started';

/** Renders the app into #root: hydrates the prerendered first screen, or renders afresh. */
const render = (boot: BootState, hydrate: boolean): void => {
  const root = document.getElementById('root');
  if (root === null) return;
  const app = (
    <StrictMode>
      <App notices={boot.notices} />
    </StrictMode>
  );
  if (hydrate && root.firstElementChild !== null) {
    hydrateRoot(root, app);
  } else {
    // Rendered as a transition: React then works in slices of a few milliseconds and lets the
    // browser paint and answer input in between, instead of one long task for a whole results
    // page (the prerendered first screen stays on show until the new one is ready).
    const fresh = createRoot(root);
    startTransition(() => {
      fresh.render(app);
    });
  }
  // From here React answers input (during hydration it replays what it receives); before, the
  // prerendered first screen is only a picture. The app arrives after the page's load event
  // (src/early.ts imports it), so the end-to-end tests wait for this mark, not for the load.
  root.setAttribute(APP_STARTED_ATTRIBUTE, '');
};

/** How long a page that opens on the results waits for them before registering anyway. */
const OFFLINE_FALLBACK_MS = 10_000;

/**
 * Offline after the first visit (issue #14): registers the service worker (src/service-worker,
 * built into sw.js at the app's root), whose precache downloads the whole build. On a page that
 * opens on the results it waits until they are drawn (or OFFLINE_FALLBACK_MS, should the reader
 * leave them first), so those downloads do not compete with the results' own chunks (issue #13);
 * elsewhere until the page has loaded. Then when the browser is idle. Built apps only: the dev
 * server has no sw.js. A refused registration (private mode, a policy) only means no offline copy.
 */
const registerOffline = (view: View): void => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let asked = false;
  const register = (): void => {
    if (asked) return;
    asked = true;
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  };
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 2000 });
    else setTimeout(register, 0);
  };
  if (view === 'results') {
    onResultsDrawn(whenIdle);
    setTimeout(whenIdle, OFFLINE_FALLBACK_MS);
  } else if (document.readyState === 'complete') {
    whenIdle();
  } else {
    window.addEventListener('load', whenIdle, { once: true });
  }
};

const storage = browserStorage();
const { hash } = window.location;
const { share, view } = splitFragment(hash);
if (share === '') {
  start(resolveBootWithoutLink(view, storage), storage);
} else {
  // What a link needs is a chunk of its own, loaded only for a link (no top-level await: the
  // bundler would then split the first chunk apart): the decoder and, on a link that opens the
  // results, their recommendation painted before React (src/app/early/open-link.ts).
  import('./app/early/open-link')
    .then(({ openLink }) => openLink(hash, storage))
    .then(
      (boot) => {
        start(boot, storage);
      },
      () => {
        const boot = resolveBootWithoutLink(view, storage);
        const problem = {
          key: null,
          value: '',
          reason:
            'This link could not be read: the page did not load completely. Reload to try again.',
        };
        start(
          { ...boot, notices: [{ kind: 'link-problems', problems: [problem] }, ...boot.notices] },
          storage,
        );
      },
    );
}
