/**
 * The saved draft: the answers and the step on screen, in local storage, so a reload keeps
 * everything. Reads are validated with `answersSchema`; a draft that fails is reported and moved
 * aside (never silently dropped, never allowed to crash the app). Storage may be missing or throw
 * (private windows, locked-down browsers): every call is guarded and simply does nothing then.
 */
import { answersSchema, type Answers } from '@/domain/questionnaire/schemas';
import { isStepId } from '@/domain/questionnaire/step-order';

import { FIRST_VIEW, type View } from './fragment';

export const DRAFT_KEY = 'isolation-advisor:draft:v1';
/** Where one draft was set aside before drafts had a key each (read, never written). */
export const SET_ASIDE_KEY = 'isolation-advisor:set-aside:v1';
/**
 * A draft replaced by a link, or one that could not be read, is kept under this prefix and a key
 * of its own (time and a random part), so drafts set aside in two tabs never overwrite each other.
 * Each stays until the user dismisses it.
 */
export const SET_ASIDE_PREFIX = 'isolation-advisor:set-aside:v2:';
export const DRAFT_VERSION = 1;

/** The subset of `Storage` the draft needs (tests pass a Map-backed fake). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type DraftRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly answers: Answers; readonly view: View }
  | { readonly kind: 'corrupt'; readonly raw: string; readonly reason: string };

const MAX_DRAFT_LENGTH = 512 * 1024;

/** Local storage, or `null` when the browser refuses it. */
export const browserStorage = (): DraftStorage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const parseView = (value: unknown): View =>
  typeof value === 'string' && (value === 'results' || isStepId(value)) ? value : FIRST_VIEW;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Interprets a stored draft text. Pure; exported for tests. */
export const parseDraft = (raw: string): DraftRead => {
  if (raw.length > MAX_DRAFT_LENGTH) {
    // Set aside whole: a cut draft is neither valid JSON nor the draft.
    return { kind: 'corrupt', raw, reason: 'it is too large' };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'it is not valid JSON' };
  }
  if (!isRecord(data)) return { kind: 'corrupt', raw, reason: 'it is not a saved draft' };
  if (data.version !== DRAFT_VERSION) {
    return { kind: 'corrupt', raw, reason: 'it was saved by a different version of the app' };
  }
  const parsed = answersSchema.safeParse(data.answers);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
    return {
      kind: 'corrupt',
      raw,
      reason: `its answers are not valid${where}: ${first?.message ?? 'unknown problem'}`,
    };
  }
  return { kind: 'ok', answers: parsed.data, view: parseView(data.view) };
};

/** Reads the draft. Never throws. */
export const readDraft = (storage: DraftStorage | null): DraftRead => {
  if (storage === null) return { kind: 'none' };
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { kind: 'none' };
  }
  return raw === null ? { kind: 'none' } : parseDraft(raw);
};

/** The JSON text a draft is saved as. */
export const serializeDraft = (answers: Answers, view: View): string =>
  JSON.stringify({ version: DRAFT_VERSION, view, answers });

let saveFailed = false;
const saveListeners = new Set<() => void>();

/**
 * Whether the last save of the draft failed (storage full or refused), for the page to say so;
 * `subscribe` suits React's useSyncExternalStore.
 */
export const draftSaveStatus = {
  failed: (): boolean => saveFailed,
  subscribe: (listener: () => void): (() => void) => {
    saveListeners.add(listener);
    return () => {
      saveListeners.delete(listener);
    };
  },
};

const setSaveFailed = (failed: boolean): void => {
  if (failed === saveFailed) return;
  saveFailed = failed;
  for (const listener of saveListeners) listener();
};

/**
 * Saves the draft and returns whether it was saved. When storage is full the older draft is
 * removed and the save tried once more; if it still fails, no older draft stays behind for a new
 * tab to open with, and `draftSaveStatus` reports the failure (the link still holds the answers).
 */
export const writeDraft = (storage: DraftStorage | null, answers: Answers, view: View): boolean => {
  if (storage === null) return false;
  const text = serializeDraft(answers, view);
  let saved = false;
  try {
    storage.setItem(DRAFT_KEY, text);
    saved = true;
  } catch {
    try {
      storage.removeItem(DRAFT_KEY);
      storage.setItem(DRAFT_KEY, text);
      saved = true;
    } catch {
      // Full or refused: the URL fragment still holds every answer.
    }
  }
  setSaveFailed(!saved);
  return saved;
};

/** A draft kept aside, newest first in `listSetAside`. */
export type SetAsideDraft = {
  /** Its storage key. */
  readonly key: string;
  /** When it was set aside (ISO 8601), or null for one kept before dates were recorded. */
  readonly savedAt: string | null;
  /** The draft's text as it was stored (possibly not valid JSON: that is why it was set aside). */
  readonly raw: string;
};

/**
 * Keeps a replaced or unreadable draft, whole, under a key of its own and clears the draft slot.
 * Returns false when storage refused it (then only the notice's download holds it).
 */
export const setDraftAside = (
  storage: DraftStorage | null,
  raw: string,
  now: Date = new Date(),
): boolean => {
  if (storage === null) return false;
  const key = `${SET_ASIDE_PREFIX}${now.getTime()}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), raw }));
    storage.removeItem(DRAFT_KEY);
    return true;
  } catch {
    return false;
  }
};

const readSetAside = (key: string, value: string): SetAsideDraft => {
  if (key === SET_ASIDE_KEY) return { key, savedAt: null, raw: value };
  try {
    const data: unknown = JSON.parse(value);
    if (isRecord(data) && typeof data.raw === 'string') {
      return {
        key,
        savedAt: typeof data.savedAt === 'string' ? data.savedAt : null,
        raw: data.raw,
      };
    }
  } catch {
    // Not ours as written: offered as it is.
  }
  return { key, savedAt: null, raw: value };
};

/** Every draft set aside in this browser, newest first. Never throws. */
export const listSetAside = (storage: DraftStorage | null): SetAsideDraft[] => {
  if (storage === null) return [];
  const found: SetAsideDraft[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || !(key === SET_ASIDE_KEY || key.startsWith(SET_ASIDE_PREFIX))) continue;
      const value = storage.getItem(key);
      if (value !== null) found.push(readSetAside(key, value));
    }
  } catch {
    return found;
  }
  return found.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
};

/** Forgets one set-aside draft (the user dismissed it). */
export const dismissSetAside = (storage: DraftStorage | null, key: string): void => {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing more to do.
  }
};
