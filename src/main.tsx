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
import { loadNoticeItem } from './app/notices';
import { isStepId } from './domain/questionnaire/step-order';
import { loadWizard } from './features/wizard/load-wizard';
import { resolveBootWithoutLink, type BootState } from './store/boot-without-link';
import { browserStorage, type DraftStorage } from './store/draft-storage';
import { FIRST_VIEW, splitFragment } from './store/fragment';
import { connectPersistence } from './store/persistence';
import { wizardStore } from './store/wizard-store';

/** Connects the store to the URL and the draft, renders, and prefetches the other steps. */
const start = (boot: BootState, storage: DraftStorage | null): void => {
  const hydrate = matchesFirstScreen(boot);
  // The store starts with the defaults on step 1, which is what the prerendered markup shows.
  if (!hydrate) wizardStore.getState().replaceAnswers(boot.answers, boot.view);
  connectPersistence(wizardStore, window, storage);

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

// Offline after the first visit (issue #14): the service worker (src/service-worker, built into
// sw.js at the app's root) is registered once the page has loaded (this module is loaded by the
// page's first script, src/early.ts, often after the load event). Built apps only: the dev server
// has no sw.js. A refused registration (private mode, a policy) only means no offline copy.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = (): void => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}

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
