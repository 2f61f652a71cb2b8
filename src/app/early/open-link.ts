/**
 * What the page does when it opens on a share link, loaded by src/main.tsx only then (the first
 * screen carries none of it). On a link that opens the results (issue #13):
 * 1. paints the recommendation without React (paint-results.ts), the page's largest paint;
 * 2. preloads what the results load later by themselves, the details and the charts (index.html
 *    lists them in a template, build/results-preload.ts), so they download while React's results
 *    start rather than one after the other, and only after the paint;
 * 3. waits for the results view's module, so that React's first render shows the results in place
 *    of the painted recommendation, never a loading line in between.
 * Then it reads the link (store/boot.ts) for React to render.
 */
import { resolveBootState, type BootState } from '@/store/boot';
import type { DraftStorage } from '@/store/draft-storage';
import { splitFragment } from '@/store/fragment';

import { loadResultsView } from '../app';
import { paintResults } from './paint-results';
import { RESULTS_PRELOAD_TEMPLATE_ID } from './template-id';

/** Starts fetching, without running them, the modules the build's template lists. */
const preloadLater = (doc: Document): void => {
  const template = doc.getElementById(RESULTS_PRELOAD_TEMPLATE_ID);
  if (template instanceof HTMLTemplateElement) doc.head.append(template.content);
};

/** The state to open the link in `hash` with, once the page is ready to render it. */
export async function openLink(hash: string, storage: DraftStorage | null): Promise<BootState> {
  if (splitFragment(hash).view === null) {
    try {
      paintResults(hash, document, window.localStorage);
    } catch {
      // Painting first is only faster: React shows the results anyway.
    }
    preloadLater(document);
    // A failure shows when the results render (app.tsx loads the module again then).
    await loadResultsView().catch(() => null);
  }
  // Read the address again: it may have changed while this loaded (the prerendered first screen
  // is on show until now), and the app must open on what it says now.
  return resolveBootState(window.location.hash, storage);
}
