/**
 * Composition root: decide what to open with (link, draft or defaults), connect the store to the
 * URL and the draft, render. The build prerenders the first screen into index.html (see
 * src/app/prerender.tsx): when the page opens on that screen it is hydrated, otherwise rendered
 * afresh. Steps 2 to 6 are fetched when the browser is idle (or at once when the page opens on one).
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import './app/theme.css';
import { App } from './app/app';
import { matchesFirstScreen } from './app/first-screen';
import { isStepId } from './domain/questionnaire/step-order';
import { loadWizard } from './features/wizard/load-wizard';
import { resolveBootState } from './store/boot';
import { browserStorage } from './store/draft-storage';
import { FIRST_VIEW } from './store/fragment';
import { connectPersistence } from './store/persistence';
import { wizardStore } from './store/wizard-store';

const storage = browserStorage();
const boot = resolveBootState(window.location.hash, storage);
const hydrate = matchesFirstScreen(boot);
// The store starts with the defaults on step 1, which is what the prerendered markup shows.
if (!hydrate) wizardStore.getState().replaceAnswers(boot.answers, boot.view);
connectPersistence(wizardStore, window, storage);

const prefetchWizard = (): void => {
  loadWizard().catch(() => undefined); // Retried when a step is shown; the error shows then.
};
const view = wizardStore.getState().view;
if (view !== FIRST_VIEW && isStepId(view)) prefetchWizard();
else if ('requestIdleCallback' in window) window.requestIdleCallback(prefetchWizard);
else setTimeout(prefetchWizard, 1000);

const root = document.getElementById('root');
if (root !== null) {
  const app = (
    <StrictMode>
      <App notices={boot.notices} />
    </StrictMode>
  );
  if (hydrate && root.firstElementChild !== null) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
