/**
 * Decides what the app opens with, from the URL fragment and the saved draft:
 * - a fragment with share state wins over the draft; the draft is set aside and, when it differs
 *   from the link, the user is told (with the draft, so it can be restored);
 * - problems in the link are listed and the rest of it is used;
 * - without share state the draft is used; an unreadable draft is reported and set aside;
 * - the view is the fragment's `view` step, else the results when there is a project, else step 1.
 */
import { DEFAULT_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import { decodeShareState, encodeShareState } from '@/domain/url-codec/codec';
import type { ShareProblem } from '@/domain/url-codec/types';

import { readDraft, serializeDraft, setDraftAside, type DraftStorage } from './draft-storage';
import { FIRST_VIEW, splitFragment, type View } from './fragment';

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

/** Equal as far as a link can tell (the encoding is canonical). */
const sameAnswers = (a: Answers, b: Answers): boolean =>
  encodeShareState(a) === encodeShareState(b);

/** Where to land for some answers when the URL names no step. */
export const defaultViewFor = (answers: Answers): View =>
  answers.projects.length > 0 ? 'results' : FIRST_VIEW;

/** What to open with; sets aside a draft that is replaced or unreadable. Never throws. */
export const resolveBootState = (hash: string, storage: DraftStorage | null): BootState => {
  const { share, view } = splitFragment(hash);
  const draft = readDraft(storage);
  const notices: BootNotice[] = [];
  if (draft.kind === 'corrupt') {
    setDraftAside(storage, draft.raw);
    notices.push({ kind: 'draft-corrupt', raw: draft.raw, reason: draft.reason });
  }

  if (share !== '') {
    const decoded = decodeShareState(share);
    if (decoded.problems.length > 0) {
      notices.push({ kind: 'link-problems', problems: decoded.problems });
    }
    if (draft.kind === 'ok' && !sameAnswers(draft.answers, decoded.answers)) {
      setDraftAside(storage, serializeDraft(draft.answers, draft.view));
      notices.push({ kind: 'draft-replaced', draft: draft.answers, view: draft.view });
    }
    return {
      answers: decoded.answers,
      view: view ?? defaultViewFor(decoded.answers),
      notices,
    };
  }

  if (draft.kind === 'ok') {
    return { answers: draft.answers, view: view ?? draft.view, notices };
  }
  return { answers: DEFAULT_ANSWERS, view: view ?? FIRST_VIEW, notices };
};
