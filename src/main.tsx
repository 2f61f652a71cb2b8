/**
 * Composition root: decide what to open with (link, draft or defaults), connect the store to the
 * URL and the draft, render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import './app/theme.css';
import { App } from './app/app';
import { resolveBootState } from './store/boot';
import { browserStorage } from './store/draft-storage';
import { connectPersistence } from './store/persistence';
import { wizardStore } from './store/wizard-store';

const storage = browserStorage();
const boot = resolveBootState(window.location.hash, storage);
wizardStore.getState().replaceAnswers(boot.answers, boot.view);
connectPersistence(wizardStore, window, storage);

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App notices={boot.notices} />
    </StrictMode>,
  );
}
