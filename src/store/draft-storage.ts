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
/** Where a draft that was replaced by a link, or could not be read, is kept for the user. */
export const SET_ASIDE_KEY = 'isolation-advisor:set-aside:v1';
export const DRAFT_VERSION = 1;

/** The subset of `Storage` the draft needs (tests pass a Map-backed fake). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
    return { kind: 'corrupt', raw: raw.slice(0, MAX_DRAFT_LENGTH), reason: 'it is too large' };
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

/** Saves the draft; ignores a full or refused storage. */
export const writeDraft = (storage: DraftStorage | null, answers: Answers, view: View): void => {
  try {
    storage?.setItem(DRAFT_KEY, serializeDraft(answers, view));
  } catch {
    // Storage full or refused: the URL fragment still holds every answer.
  }
};

/** Keeps a replaced or unreadable draft under `SET_ASIDE_KEY` and clears the draft slot. */
export const setDraftAside = (storage: DraftStorage | null, raw: string): void => {
  try {
    storage?.setItem(SET_ASIDE_KEY, raw);
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing more to do; the user was shown the draft text.
  }
};
