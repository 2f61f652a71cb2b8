/**
 * The recommendation of a results link, painted before React has loaded (issue #13): the page's
 * largest paint on a share link, drawn from the same domain code as the results (the link decoder
 * and `rankOptions`), with the same words (`recommendationOf`) and the same markup and classes as
 * the top of ResultsView (src/app/results/results-view.tsx), so that when React takes over and
 * renders that top, the recommendation stays where it is. No React here: this module and the
 * engine are all a results link waits for after the page's tiny first script (src/early.ts), which
 * loads them (through paint-link.ts) only when the address holds a link that opens the results,
 * and the app's own chunk (React) only after the paint.
 *
 * It paints only when React's first screen will put the recommendation in the same place: the
 * link opens the results (it has projects and no `view`), every part of it was usable (else React
 * lists the problems above the results), and this browser holds no draft or set-aside draft of
 * ours (else React may say so above the results). Otherwise it leaves the page alone.
 */
import '@/features/results/results.css';

import { LEVEL_ICON_SIZE, LEVEL_LOOKS, levelShape } from '@/components/levels';
import { rankOptions } from '@/domain/scoring/rank-options';
import { decodeShareState } from '@/domain/url-codec/codec';
import type { DecodeResult } from '@/domain/url-codec/types';
import {
  RECOMMENDATION_HEADINGS,
  recommendationOf,
  type Recommendation,
} from '@/features/results/recommendation';
import { splitFragment } from '@/store/fragment';

import { sectionHeadingId } from '../results/results-sections';

/** Every key this app keeps in local storage starts with it (drafts, set-aside drafts). */
export const STORAGE_PREFIX = 'isolation-advisor:';

/** Marks the painted markup until React replaces it (tests and the bench look for it). */
export const EARLY_ATTRIBUTE = 'data-early';

const SVG = 'http://www.w3.org/2000/svg';

type Child = Node | string;

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `LevelName` of src/components/level-icon.tsx: the level's icon, then its name. */
function levelName(doc: Document, rec: Recommendation): HTMLElement {
  const size = String(LEVEL_ICON_SIZE);
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    class: 'level-icon',
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    'aria-hidden': 'true',
    focusable: 'false',
  })) {
    svg.setAttribute(name, value);
  }
  const { tag, attributes } = levelShape(rec.level, 0, 0, LEVEL_ICON_SIZE);
  const shape = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, String(value));
  svg.append(shape);
  return el(doc, 'span', { class: 'level-name' }, svg, LEVEL_LOOKS[rec.level].label);
}

/** The top of ResultsView, without its buttons (they come with React, below these lines). */
export function recommendationSection(doc: Document, rec: Recommendation): HTMLElement {
  const h = RECOMMENDATION_HEADINGS;
  const headingId = sectionHeadingId('rec');
  const section = el(
    doc,
    'section',
    { class: 'results-section results-recommendation', 'aria-labelledby': headingId },
    el(doc, 'h2', { id: headingId, tabindex: '-1' }, h.section),
    el(
      doc,
      'p',
      {
        class: 'results-lead',
        'data-testid': 'recommendation',
        'data-level': rec.level,
        'data-score': String(rec.score),
      },
      levelName(doc, rec),
      rec.leadAfterLevel,
    ),
    el(doc, 'p', { class: 'results-summary' }, rec.summary),
  );
  if (rec.planNotes.length > 0) {
    const items = rec.planNotes.map((note) => el(doc, 'li', {}, note));
    section.append(
      el(
        doc,
        'div',
        { class: 'plan-notes' },
        el(doc, 'h3', {}, h.planNotes),
        el(doc, 'ul', {}, ...items),
      ),
    );
  }
  if (rec.busyNote !== null) {
    section.append(
      el(
        doc,
        'div',
        { class: 'plan-notes', 'data-testid': 'busy-note' },
        el(doc, 'h3', {}, h.busyNote),
        el(doc, 'p', {}, rec.busyNote),
      ),
    );
  }
  section.append(el(doc, 'p', { class: 'results-muted' }, rec.footnote));
  return section;
}

/** Whether this browser holds anything of ours in local storage (a draft, a set-aside draft). */
function hasStoredDrafts(storage: Storage | null): boolean {
  if (storage === null) return false;
  for (let i = 0; i < storage.length; i++) {
    if (storage.key(i)?.startsWith(STORAGE_PREFIX) === true) return true;
  }
  return false;
}

export type EarlyPaint =
  | {
      readonly painted: true;
      readonly recommendation: Recommendation;
      /** The link as read, for React's boot to reuse (src/app/early/open-link.ts). */
      readonly decoded: DecodeResult;
    }
  | { readonly painted: false; readonly why: string; readonly decoded: DecodeResult | null };

/**
 * Paints the recommendation of the link in `hash` into `doc`'s `main`, in place of the prerendered
 * first screen, when React will show it in the same place (see the module's comment).
 */
export function paintResults(hash: string, doc: Document, storage: Storage | null): EarlyPaint {
  const { share, view } = splitFragment(hash);
  const notPainted = (why: string, decoded: DecodeResult | null = null): EarlyPaint => ({
    painted: false,
    why,
    decoded,
  });
  if (share === '' || view !== null) return notPainted('not a results link');
  const main = doc.querySelector('main#main');
  if (main === null) return notPainted('no main element');
  if (hasStoredDrafts(storage)) return notPainted('drafts in this browser');
  const decoded = decodeShareState(share);
  const { answers, problems } = decoded;
  if (problems.length > 0) return notPainted('parts of the link are unusable', decoded);
  if (answers.projects.length === 0) return notPainted('no projects', decoded);
  const recommendation = recommendationOf(answers, rankOptions(answers));
  // The footer would move up under the shorter content (a layout shift); React draws it again.
  doc.querySelector('.app-footer')?.setAttribute('hidden', '');
  main.replaceChildren(
    el(
      doc,
      'div',
      { class: 'results', [EARLY_ATTRIBUTE]: '', 'aria-busy': 'true' },
      recommendationSection(doc, recommendation),
    ),
  );
  return { painted: true, recommendation, decoded };
}
