/**
 * Decides what the app opens with, from the URL fragment and the saved draft:
 * - a fragment with share state wins over the draft; the draft is set aside and, when it differs
 *   from the link, the user is told (with the draft, so it can be restored);
 * - problems in the link are listed and the rest of it is used;
 * - without share state the draft is used; an unreadable draft is reported and set aside;
 * - the view is the fragment's `view` step, else the results when there is a project, else step 1.
 * The no-link case lives in boot-without-link.ts (re-exported here), so the first screen loads this
 * module, and the share-link decoder, only when the page opens on a link.
 */
import type { Answers } from '@/domain/questionnaire/schemas';
import { decodeShareState, encodeShareState } from '@/domain/url-codec/codec';
import type { DecodeResult } from '@/domain/url-codec/types';

import {
  defaultViewFor,
  readDraftReporting,
  resolveBootWithoutLink,
  type BootNotice,
  type BootState,
} from './boot-without-link';
import { serializeDraft, setDraftAside, type DraftStorage } from './draft-storage';
import { splitFragment } from './fragment';

export type { BootNotice, BootState } from './boot-without-link';
export { defaultViewFor, resolveBootWithoutLink } from './boot-without-link';

/** Equal as far as a link can tell (the encoding is canonical). */
const sameAnswers = (a: Answers, b: Answers): boolean =>
  encodeShareState(a) === encodeShareState(b);

/**
 * What to open with; sets aside a draft that is replaced or unreadable. Never throws. `decode`
 * reads the link's share state: `decodeShareState`, or what already read this page's link (the
 * early paint of a results link, src/app/early) so that it is not read twice.
 */
export const resolveBootState = (
  hash: string,
  storage: DraftStorage | null,
  decode: (share: string) => DecodeResult = decodeShareState,
): BootState => {
  const { share, view } = splitFragment(hash);
  if (share === '') return resolveBootWithoutLink(view, storage);
  const notices: BootNotice[] = [];
  const draft = readDraftReporting(storage, notices);

  const decoded = decode(share);
  if (decoded.problems.length > 0) {
    notices.push({ kind: 'link-problems', problems: decoded.problems });
  }
  if (draft.kind === 'ok' && !sameAnswers(draft.answers, decoded.answers)) {
    setDraftAside(storage, serializeDraft(draft.answers, draft.view));
    notices.push({ kind: 'draft-replaced', draft: draft.answers, view: draft.view });
  }
  return { answers: decoded.answers, view: view ?? defaultViewFor(decoded.answers), notices };
};
