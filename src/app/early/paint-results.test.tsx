// @vitest-environment jsdom
/**
 * The recommendation painted before React (paint-results.ts): the same markup as the top of
 * ResultsView for every persona (so React takes over without moving anything), and painted only
 * when React will show the results first.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { encodeShareState } from '@/domain/url-codec/codec';
import { DRAFT_KEY, SET_ASIDE_KEY, SET_ASIDE_PREFIX } from '@/store/draft-storage';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { ResultsView } from '../results/results-view';
import { EARLY_ATTRIBUTE, paintResults, STORAGE_PREFIX } from './paint-results';

installJsdomStubs();

/** Every persona, and one with notes about its plan (no persona has any). */
const CASES: [string, Answers][] = [
  ...(Object.keys(PERSONAS) as PersonaId[]).map((id): [string, Answers] => [id, PERSONAS[id]]),
  ['plan notes', { ...PERSONAS.starterTwoClouds, plan: 'solo', sod: 'execution' }],
];
const FIRST_SCREEN = '<main id="main"><p>step 1</p></main><footer class="app-footer"></footer>';

beforeEach(() => {
  document.body.innerHTML = `<div id="root">${FIRST_SCREEN}</div>`;
  window.localStorage.clear();
});
afterEach(cleanup);

/** The section's markup without what only React draws, below the painted lines: its controls. */
const withoutControls = (section: Element): string => {
  const copy = section.cloneNode(true) as Element;
  copy
    .querySelectorAll('.share-actions, .results-actions, .results-status, .results-reopen')
    .forEach((el) => {
      el.remove();
    });
  return copy.outerHTML;
};

describe('paintResults', () => {
  it.each(CASES)('%s: paints the markup of the top of ResultsView', (_, answers) => {
    const early = paintResults(`#${encodeShareState(answers)}`, document, window.localStorage);
    expect(early.painted).toBe(true);
    const painted = document.querySelector(`[${EARLY_ATTRIBUTE}] .results-recommendation`);
    if (painted === null) throw new Error('nothing painted');
    const ranking = rankOptions(answers);
    const lead = painted.querySelector('[data-testid="recommendation"]');
    expect(lead?.getAttribute('data-level')).toBe(ranking.recommended);
    expect(lead?.getAttribute('data-score')).toBe(String(ranking.levels[0]?.score));
    // The footer would move up under the shorter page: hidden until React draws it again.
    expect(document.querySelector('.app-footer')?.hasAttribute('hidden')).toBe(true);
    const expected = withoutControls(painted);
    document.body.innerHTML = '';

    const { container } = render(
      <ResultsView answers={answers} shareUrl="https://example.test/#x" onEdit={() => undefined} />,
    );
    const section = container.querySelector('.results-recommendation');
    if (section === null) throw new Error('no recommendation');
    expect(withoutControls(section)).toBe(expected);
  });

  it.each([
    ['a link with a view', `#${encodeShareState(PERSONAS.twoClouds)}&view=projects`, null],
    ['no projects', '#v=1&plan=pro', null],
    ['an unusable part', `#${encodeShareState(PERSONAS.twoClouds)}&plan=platinum`, null],
    ['a draft in this browser', `#${encodeShareState(PERSONAS.twoClouds)}`, DRAFT_KEY],
    ['a set-aside draft', `#${encodeShareState(PERSONAS.twoClouds)}`, `${SET_ASIDE_PREFIX}1-x`],
  ])('leaves the page alone with %s', (_, hash, stored) => {
    if (stored !== null) window.localStorage.setItem(stored, '{}');
    expect(paintResults(hash, document, window.localStorage).painted).toBe(false);
    expect(document.querySelector('#root')?.innerHTML).toBe(FIRST_SCREEN);
  });

  it('has a case with plan notes and one with a high-volume note', () => {
    const ranked = CASES.map(([, answers]) => rankOptions(answers));
    expect(ranked.some((r) => r.planNotes.length > 0)).toBe(true);
    expect(ranked.some((r) => r.busyNote !== null)).toBe(true);
  });

  it('knows every key the drafts use', () => {
    for (const key of [DRAFT_KEY, SET_ASIDE_KEY, SET_ASIDE_PREFIX]) {
      expect(key.startsWith(STORAGE_PREFIX)).toBe(true);
    }
  });
});
