/**
 * What the app does when the page opens on a share link, loaded by src/main.tsx only then (the
 * first screen carries none of it). On a link that opens the results, the recommendation is
 * already painted (paint-link.ts, run by src/early.ts before the app's chunk was requested); this
 * waits for the results view's module, so that React's first render shows the results in place of
 * the painted recommendation, never a loading line in between. Then it reads the link
 * (store/boot.ts) for React to render, reusing what the paint read of it.
 */
import { decodeShareState } from '@/domain/url-codec/codec';
import type { DecodeResult } from '@/domain/url-codec/types';
import { resolveBootState, type BootState } from '@/store/boot';
import type { DraftStorage } from '@/store/draft-storage';
import { splitFragment } from '@/store/fragment';

import { loadResultsView } from '../app';

const NOTHING_EARLY = (): null => null;

/** The state to open the link in `hash` with, once the page is ready to render it. */
export async function openLink(hash: string, storage: DraftStorage | null): Promise<BootState> {
  let early: (share: string) => DecodeResult | null = NOTHING_EARLY;
  if (splitFragment(hash).view === null) {
    // paint-link.ts has run (src/early.ts) and its module is loaded: importing it costs nothing.
    [early] = await Promise.all([
      import('./paint-link').then(
        (m) => m.decodedEarly,
        () => NOTHING_EARLY,
      ),
      // A failure shows when the results render (app.tsx loads the module again then).
      loadResultsView().catch(() => null),
    ]);
  }
  // Read the address again: it may have changed while this loaded (the prerendered first screen
  // is on show until now), and the app must open on what it says now. What the paint read of
  // it is reused (as its answers: the results view then reuses the paint's ranking too).
  return resolveBootState(
    window.location.hash,
    storage,
    (share) => early(share) ?? decodeShareState(share),
  );
}
