// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { RankingList } from './ranking-list';
import { ScoreChart } from './score-chart';

installJsdomStubs();

const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];

describe('RankingList', () => {
  it.each(PERSONA_IDS)(
    '%s: scores shown never increase down the list; each level lists its reasons as the ranking gives them',
    (id) => {
      const ranking = rankOptions(PERSONAS[id]);
      render(<RankingList ranking={ranking} headingId="r" />);
      const items = within(screen.getByTestId('ranking')).getAllByTestId('rank-item');
      const scores = items.map((item) => Number(item.dataset.score));
      expect(scores).toEqual(scores.toSorted((x, y) => y - x));
      items.forEach((item, i) => {
        const level = ranking.levels[i];
        if (level === undefined) throw new Error('missing level');
        expect(item.dataset.fitScore).toBe(String(level.fitScore));
        const reasons = [...item.querySelectorAll('.rank-reasons li')].map((li) => li.textContent);
        expect(reasons).toEqual(level.reasons);
        expect(reasons.some((r) => r.startsWith('Weak on'))).toBe(
          level.reasons.some((r) => r.startsWith('Weak on')),
        );
      });
    },
  );

  it('says beside the score of a held-back level how well it fits, and what holds it back', () => {
    const ranking = rankOptions(PERSONAS.prodAndStaging);
    render(<RankingList ranking={ranking} headingId="r" />);
    const [first, second] = ranking.levels;
    if (first === undefined || second === undefined || second.heldBack === null) {
      throw new Error('expected a held-back level');
    }
    const item = screen.getAllByTestId('rank-item').find((el) => el.dataset.level === second.level);
    if (item === undefined) throw new Error('no rank item');
    expect(item.dataset.score).toBe(String(first.score));
    expect(within(item).getByTestId('held-back')).toHaveTextContent(
      `(fits your priorities ${second.fitScore.toString()}, but misses a requirement: held ${(-second.heldBack.points).toString()} points back, below deployment isolation)`,
    );
    expect(item).toHaveTextContent('Does not meet:');
    expect(screen.getAllByTestId('held-back')).toHaveLength(1);
  });

  it('says beside its fit that a level is not on the plan, and what it needs once', () => {
    const ranking = rankOptions(PERSONAS.starterTwoClouds);
    render(<RankingList ranking={ranking} headingId="r" />);
    const agent = screen.getAllByTestId('rank-item').find((el) => el.dataset.level === 'agent');
    if (agent === undefined) throw new Error('no agent rank item');
    expect(agent.dataset.available).toBe('false');
    expect(within(agent).getByTestId('held-back')).toHaveTextContent(
      `(fits your priorities ${String(ranking.levels[1]?.fitScore)}, but is not on your plan: held`,
    );
    // What it needs is said once, under "Would need:".
    expect(within(agent).getAllByText(/Dagster\+ Pro \(agent queues\)/)).toHaveLength(1);
  });
});

describe('ScoreChart', () => {
  it('its table gives every criterion, then fit, points held back and the score the ranking shows', () => {
    const ranking = rankOptions(PERSONAS.prodAndStaging);
    render(<ScoreChart ranking={ranking} headingId="c" />);
    const table = screen.getByRole('table', { name: /Points per criterion/ });
    const foot = [...table.querySelectorAll('tfoot tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(foot).toEqual([
      ['Fit', '100', ...ranking.levels.map((l) => String(l.fitScore))],
      [
        'Held back',
        '',
        ...ranking.levels.map((l) =>
          l.heldBack === null ? '0' : `${l.heldBack.points.toString()} (${l.heldBack.because})`,
        ),
      ],
      ['Score', '', ...ranking.levels.map((l) => String(l.score))],
    ]);
    // Whole points per criterion, "7 (fit 0.6)", that add up to the fit row of their column.
    const body = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(1).map((cell) => cell.textContent),
    );
    ranking.levels.forEach((level, i) => {
      const cells = body.map((row) => row[i] ?? '');
      for (const cell of cells) expect(cell).toMatch(/^\d+ \(fit [\d.]+\)$/);
      const sum = cells.reduce((total, cell) => total + Number(cell.split(' ')[0]), 0);
      expect(sum).toBe(level.fitScore);
    });
    const chart = screen.getByRole('img', { name: /Stacked bar chart/ });
    for (const level of ranking.levels) {
      const caption =
        level.heldBack === null
          ? String(level.score)
          : `${level.score.toString()}, fit ${level.fitScore.toString()}`;
      expect(chart.getAttribute('aria-label')).toContain(caption);
    }
  });
});
