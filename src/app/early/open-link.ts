/**
 * What the page does when it opens on a share link, loaded by src/main.tsx only then (the first
 * screen carries none of it). On a link that opens the results (issue #13):
 * 1. paints the recommendation without React (paint-results.ts), the page's largest paint;
 * 2. once that paint is on screen (nothing requested before it competes with it: Lighthouse's
 *    simulation counts every request made before the largest paint), asks for the results view
 *    and preloads what the results load later by themselves, the details and the charts
 *    (index.html lists them in a template, build/results-preload.ts), so that they download while
 *    React's results start rather than one after the other;
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

/**
 * Resolves once the next frame has been painted: in the task after the frame's animation callbacks.
 * A hidden page gets no frames: then after `HIDDEN_PAGE_MS`.
 */
const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, HIDDEN_PAGE_MS);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

const HIDDEN_PAGE_MS = 100;

/** The state to open the link in `hash` with, once the page is ready to render it. */
export async function openLink(hash: string, storage: DraftStorage | null): Promise<BootState> {
  if (splitFragment(hash).view === null) {
    let painted = false;
    try {
      painted = paintResults(hash, document, window.localStorage).painted;
    } catch {
      // Painting first is only faster: React shows the results anyway.
    }
    if (painted) await afterNextPaint();
    preloadLater(document);
    // A failure shows when the results render (app.tsx loads the module again then).
    await loadResultsView().catch(() => null);
  }
  // Read the address again: it may have changed while this loaded (the prerendered first screen
  // is on show until now), and the app must open on what it says now.
  return resolveBootState(window.location.hash, storage);
}
