// @vitest-environment jsdom
/**
 * The details mount in stages, top to bottom: the heavy sections (diagram, files, tipping points,
 * growth) each in a stage of their own, the light ones together; the details stay busy until the
 * last stage is on screen, and say so as soon as it is.
 */
import { act, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { installJsdomStubs } from '@/testing/jsdom-stubs';
import { preloadResults } from '@/testing/results';

import { ResultsView } from './results-view';
import { StageSchedule } from './use-stages';

installJsdomStubs();
beforeAll(preloadResults);

const TOP = ['Recommendation', 'Ranking', 'Repository layout'];

const headings = (): string[] =>
  screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

const busy = (): string | null =>
  document.querySelector('.results-details')?.getAttribute('aria-busy') ?? null;

describe('the results details, stage by stage', () => {
  it.each<PersonaId>(['twoClouds', 'regulatedTeam'])('%s', async (id) => {
    // Stages wait here until the test lets the next one mount.
    const waiting: (() => void)[] = [];
    render(
      <StageSchedule value={(mount) => waiting.push(mount)}>
        <ResultsView answers={PERSONAS[id]} shareUrl="https://example.test/#x" onEdit={vi.fn()} />
      </StageSchedule>,
    );
    const steps: { added: string[]; busy: string | null }[] = [];
    let before = TOP;
    const record = (): void => {
      const now = headings();
      expect(now.slice(0, before.length)).toEqual(before); // appended below, nothing moves
      steps.push({ added: now.slice(before.length), busy: busy() });
      before = now;
    };
    record();
    // Four stages follow the first; the files stage is queued once its files are computed (a
    // step a task), so each is waited for.
    for (let stage = 1; stage < 5; stage++) {
      await vi.waitFor(() => {
        expect(waiting.length).toBeGreaterThan(0);
      });
      const mount = waiting.shift();
      await act(async () => {
        mount?.();
        await Promise.resolve();
      });
      record();
    }
    expect(steps).toEqual([
      { added: ['Topology'], busy: 'true' },
      { added: ['Starter configuration'], busy: 'true' },
      { added: ['What would change it', 'Why: points per criterion'], busy: 'true' },
      { added: ['Growth'], busy: 'true' },
      // The last stage: shown and no longer busy in the same step, nothing left waiting.
      {
        added: ["The guide's trade-offs", 'Your answers', 'Compare with another scenario'],
        busy: 'false',
      },
    ]);
    expect(waiting).toEqual([]);
    expect(screen.getByRole('button', { name: 'Print report' })).toBeEnabled();
  });
});
