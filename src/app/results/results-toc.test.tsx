// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { installJsdomStubs } from '@/testing/jsdom-stubs';
import { preloadResults, renderAllStages } from '@/testing/results';

import { RESULTS_SECTIONS, tocEntries } from './results-sections';
import { ResultsView } from './results-view';

const SHARE_URL = 'https://advisor.example/#v=1&p=ingest';

installJsdomStubs();
const scrolled: Element[] = [];
beforeAll(async () => {
  // jsdom does not lay out, so it has no scrollIntoView: record which element was asked to.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  await preloadResults();
});

const contents = () => screen.getByRole('navigation', { name: 'On this page' });
const entryButtons = () => within(contents()).getAllByRole('button', { name: /^(?!On this page)/ });
const toggle = () => within(contents()).getByRole('button', { name: /^On this page/ });

describe('tocEntries', () => {
  it.each([
    [false, RESULTS_SECTIONS.filter((s) => s.name !== 'migration').map((s) => s.label)],
    [true, RESULTS_SECTIONS.map((s) => s.label)],
  ])('imported %s: lists the sections in page order', (imported, labels) => {
    expect(tocEntries({ imported, detailsShown: true }).map((e) => e.label)).toEqual(labels);
  });

  it.each([true, false])('details shown %s: only sections on the page can be chosen', (shown) => {
    const entries = tocEntries({ imported: true, detailsShown: shown });
    expect(entries.filter((e) => e.ready).map((e) => e.id)).toEqual(
      shown
        ? entries.map((e) => e.id)
        : ['results-rec', 'results-migration', 'results-ranking', 'results-layout'],
    );
  });
});

describe.each<PersonaId>(['twoClouds', 'regulatedTeam'])('the results of %s', (id) => {
  it('list every section heading in page order, under the same names', () => {
    renderAllStages(<ResultsView answers={PERSONAS[id]} shareUrl={SHARE_URL} onEdit={vi.fn()} />);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(entryButtons().map((b) => b.textContent)).toEqual(headings.map((h) => h.textContent));
  });
});

describe('choosing a section', () => {
  it('moves focus to the chosen section heading, scroll it into view and mark it', async () => {
    const user = userEvent.setup();
    renderAllStages(
      <ResultsView answers={PERSONAS.regulatedTeam} shareUrl={SHARE_URL} onEdit={vi.fn()} />,
    );
    for (const button of entryButtons()) {
      scrolled.length = 0;
      await user.click(button);
      const heading = screen.getByRole('heading', { level: 2, name: button.textContent });
      expect(heading).toHaveFocus();
      expect(heading).toHaveAttribute('tabindex', '-1');
      expect(scrolled).toEqual([heading]);
      expect(button).toHaveAttribute('aria-current', 'location');
      expect(entryButtons().filter((b) => b.hasAttribute('aria-current'))).toEqual([button]);
    }
  });
});

describe('the phone menu', () => {
  it('opens from its button, closes after a choice', async () => {
    const user = userEvent.setup();
    renderAllStages(
      <ResultsView answers={PERSONAS.twoClouds} shareUrl={SHARE_URL} onEdit={vi.fn()} />,
    );
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(toggle().getAttribute('aria-controls') ?? '');
    expect(list).toHaveAttribute('data-open', 'false');
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveAttribute('data-open', 'true');
    await user.click(within(contents()).getByRole('button', { name: 'Topology' }));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(list).toHaveAttribute('data-open', 'false');
    expect(toggle()).toHaveAccessibleName('On this page: Topology');
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    renderAllStages(
      <ResultsView answers={PERSONAS.twoClouds} shareUrl={SHARE_URL} onEdit={vi.fn()} />,
    );
    toggle().focus();
    await user.keyboard('{Enter}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(contents()).getByRole('button', { name: 'Recommendation' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('closes when focus leaves it', async () => {
    const user = userEvent.setup();
    renderAllStages(
      <ResultsView answers={PERSONAS.twoClouds} shareUrl={SHARE_URL} onEdit={vi.fn()} />,
    );
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByTestId('recommendation'));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('while the details load', () => {
  it('lists their sections but lets only the ones on the page be chosen', () => {
    // The app's own staging: the details mount in tasks after this first pass.
    render(<ResultsView answers={PERSONAS.twoClouds} shareUrl={SHARE_URL} onEdit={vi.fn()} />);
    const enabled = entryButtons().filter((b) => !(b as HTMLButtonElement).disabled);
    expect(enabled.map((b) => b.textContent)).toEqual([
      'Recommendation',
      'Ranking',
      'Repository layout',
    ]);
    expect(entryButtons()).toHaveLength(RESULTS_SECTIONS.length - 1);
  });
});
