/**
 * A results link's paint before React (issue #13), loaded by the page's first script (src/early.ts)
 * only on a link that opens the results, before the app's own chunk (React, the app shell) is even
 * requested:
 * 1. paints the recommendation without React (paint-results.ts), the page's largest paint;
 * 2. once that paint is on screen (nothing requested before it competes with it: Lighthouse's
 *    simulation counts every request made before the largest paint), preloads what the results
 *    need next, the app's link boot, the results view, their details and the charts (index.html
 *    lists them in a template, build/results-preload.ts), so that they download while the app's
 *    chunk does rather than one after the other;
 * 3. keeps the link as read, so React's boot (open-link.ts) does not read it again.
 */
import type { DecodeResult } from '@/domain/url-codec/types';
import { splitFragment } from '@/store/fragment';

import { paintResults } from './paint-results';
import { RESULTS_PRELOAD_TEMPLATE_ID } from './template-id';

/** The link read by the paint: its share state (the fragment without `view`) and what it gave. */
let early: { readonly share: string; readonly decoded: DecodeResult } | null = null;

/** What the paint read of the share state `share`, or null when it read another or none. */
export const decodedEarly = (share: string): DecodeResult | null =>
  early !== null && early.share === share ? early.decoded : null;

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

/** Resolves in a task of its own (a timer not nested in another, so not held back 4 ms). */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Paints the recommendation of the results link in `hash` where React will show it, and resolves
 * once it is on screen and the rest of the results is on its way. Never rejects: painting first is
 * only faster, React shows the results anyway.
 */
export async function paintLink(hash: string): Promise<void> {
  // In a task of its own: the one that loaded this module has evaluated it and the engine's
  // (decoder schemas and all), and reading, ranking and painting after that made one task too
  // long for a slow phone to answer input in between (issue #13, Total Blocking Time).
  await nextTask();
  try {
    const result = paintResults(hash, document, window.localStorage);
    if (result.decoded !== null)
      early = { share: splitFragment(hash).share, decoded: result.decoded };
    if (result.painted) await afterNextPaint();
  } catch {
    // React reads the link again and shows what it holds, or why it cannot.
  }
  preloadLater(document);
}
