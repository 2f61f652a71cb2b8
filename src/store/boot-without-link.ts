/**
 * Opening the app when the URL holds no answers (a first visit or a reload mid-wizard): the saved
 * draft if it reads, else the defaults; an unreadable draft is reported and set aside. The view is
 * the fragment's step, else the draft's, else step 1. Kept apart from boot.ts so the first screen
 * loads without the share-link decoder; boot.ts handles links and re-exports all of this.
 */
import type { Answers } from '@/domain/questionnaire/schemas';
import { NEW_ANSWERS } from '@/domain/questionnaire/schemas';
import type { ShareProblem } from '@/domain/url-codec/types';

import { readDraft, setDraftAside, type DraftRead, type DraftStorage } from './draft-storage';
import { FIRST_VIEW, type SplitFragment, type View } from './fragment';

/** Something the user must be told on arrival. */
export type BootNotice =
  | { readonly kind: 'link-problems'; readonly problems: readonly ShareProblem[] }
  | { readonly kind: 'draft-replaced'; readonly draft: Answers; readonly view: View }
  | { readonly kind: 'draft-corrupt'; readonly raw: string; readonly reason: string };

export type BootState = {
  readonly answers: Answers;
  readonly view: View;
  readonly notices: readonly BootNotice[];
};

/** Where to land for some answers when the URL names no step. */
export const defaultViewFor = (answers: Answers): View =>
  answers.projects.length > 0 ? 'results' : FIRST_VIEW;

/** Reads the draft; an unreadable one is set aside and reported in `notices`. Never throws. */
export const readDraftReporting = (
  storage: DraftStorage | null,
  notices: BootNotice[],
): DraftRead => {
  const draft = readDraft(storage);
  if (draft.kind === 'corrupt') {
    setDraftAside(storage, draft.raw);
    notices.push({ kind: 'draft-corrupt', raw: draft.raw, reason: draft.reason });
  }
  return draft;
};

/** What to open with when the fragment holds no share state; `view` is its `view` step. */
export const resolveBootWithoutLink = (
  view: SplitFragment['view'],
  storage: DraftStorage | null,
): BootState => {
  const notices: BootNotice[] = [];
  const draft = readDraftReporting(storage, notices);
  if (draft.kind === 'ok') return { answers: draft.answers, view: view ?? draft.view, notices };
  return { answers: NEW_ANSWERS, view: view ?? FIRST_VIEW, notices };
};
