/**
 * Keeps the URL fragment and the saved draft in step with the store:
 * - every change of answers rewrites the fragment with `history.replaceState` (no new history
 *   entry per keystroke) and saves the draft;
 * - moving to another view adds a history entry (`pushState`), so browser Back and Forward move
 *   between steps;
 * - on Back/Forward (`popstate`) between the app's own entries only the view is taken from the
 *   URL; the current answers stay and the fragment is rewritten to hold them;
 * - a different share link opened in the same tab (typed or pasted into the address bar, which
 *   is a same-document navigation) reloads the page, so it boots exactly like a fresh link:
 *   link wins over the draft, and unusable parts are reported.
 */
import type { StoreApi } from 'zustand/vanilla';

import { encodeShareState } from '@/domain/url-codec/encode';

import { defaultViewFor } from './boot-without-link';
import { writeDraft, type DraftStorage } from './draft-storage';
import { joinFragment, splitFragment } from './fragment';
import type { WizardStore } from './wizard-store';

/** The parts of `window` the adapter uses (tests pass jsdom's). */
export type PersistenceHost = Pick<
  Window,
  'history' | 'location' | 'addEventListener' | 'removeEventListener'
>;

/** Marks history entries the app wrote, to tell them from links opened in the same tab. */
const ENTRY_STATE = { isolationAdvisor: true } as const;
const isOwnEntry = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'isolationAdvisor' in state;

/** The fragment (without `#`) for a store state. */
export const fragmentFor = (state: Pick<WizardStore, 'answers' | 'view'>): string =>
  joinFragment(encodeShareState(state.answers), state.view);

/** Starts syncing; writes the current state once (replacing the entry). Returns a disconnect. */
export const connectPersistence = (
  store: StoreApi<WizardStore>,
  host: PersistenceHost,
  storage: DraftStorage | null,
): (() => void) => {
  let fromHistory = false;

  const write = (state: WizardStore, mode: 'push' | 'replace'): void => {
    const fragment = fragmentFor(state);
    const { pathname, search, hash } = host.location;
    const url = `${pathname}${search}#${fragment}`;
    if (mode === 'push') {
      if (hash.replace(/^#/, '') !== fragment) host.history.pushState(ENTRY_STATE, '', url);
    } else {
      host.history.replaceState(ENTRY_STATE, '', url);
    }
    writeDraft(storage, state.answers, state.view);
  };

  write(store.getState(), 'replace');

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.answers === previous.answers && state.view === previous.view) return;
    const viewChanged = state.view !== previous.view;
    write(state, viewChanged && !fromHistory ? 'push' : 'replace');
  });

  const handlePopState = (): void => {
    const state = store.getState();
    const { share, view } = splitFragment(host.location.hash);
    if (view === null && !share.includes('=')) {
      // An in-page anchor (`#main`), not one of our entries: keep the view, restore the fragment.
      write(state, 'replace');
      return;
    }
    if (!isOwnEntry(host.history.state) && share !== encodeShareState(state.answers)) {
      host.location.reload();
      return;
    }
    fromHistory = true;
    try {
      state.goTo(view ?? defaultViewFor(state.answers));
      // The entry may hold older answers: make it show the current ones.
      write(store.getState(), 'replace');
    } finally {
      fromHistory = false;
    }
  };
  host.addEventListener('popstate', handlePopState);

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', handlePopState);
  };
};
