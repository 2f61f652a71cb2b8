// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { DEFAULT_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildShareUrl, decodeShareState } from '@/domain/url-codec/codec';
import { growthRangeFor, projectGrowth } from '@/domain/what-if/growth';
import { findTippingPoints } from '@/domain/what-if/tipping-points';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { CompareSection } from './compare-section';
import { GrowthSection } from './growth-section';
import { TippingPointsSection } from './tipping-points-section';

const BASE = 'https://advisor.example/app/';
const shareUrlOf = (answers: Answers): string => buildShareUrl(BASE, answers);

/** One team on Solo sharing a lot of code: no single answer moves the recommendation. */
const soloSingleTeam: Answers = {
  ...DEFAULT_ANSWERS,
  plan: 'solo',
  projects: [
    { name: 'etl', team: 'data', compute: 'aws', highVolume: false },
    { name: 'reports', team: 'data', compute: 'aws', highVolume: false },
  ],
  share: 'heavy',
};

installJsdomStubs();

const renderTipping = (answers: Answers, onCompare = vi.fn()) =>
  render(
    <TippingPointsSection
      answers={answers}
      ranking={rankOptions(answers)}
      shareUrl={shareUrlOf(answers)}
      headingId="tp"
      onCompare={onCompare}
    />,
  );

describe('TippingPointsSection', () => {
  it.each<PersonaId>(['twoClouds', 'prodAndStaging', 'threeTeamsNinePipelines'])(
    '%s: one item per tipping point, each opening the changed answers',
    (id) => {
      const answers = PERSONAS[id];
      const points = findTippingPoints(answers);
      expect(points.length).toBeGreaterThan(0);
      renderTipping(answers);
      const items = within(screen.getByTestId('tipping-points')).getAllByRole('listitem');
      expect(items.map((li) => li.dataset.tippingPoint)).toEqual(points.map((p) => p.id));
      const links = screen.getAllByRole('link', { name: /Open this scenario/ });
      expect(links).toHaveLength(points.length);
      links.forEach((link, i) => {
        const href = link.getAttribute('href') ?? '';
        expect(href.startsWith(`${BASE}#`)).toBe(true);
        const decoded = decodeShareState(href);
        expect(decoded.problems).toEqual([]);
        expect(decoded.answers).toEqual(points[i]?.answers);
        expect(link).toHaveAccessibleDescription(points[i]?.sentence ?? '');
      });
    },
  );

  it('says the sentence of each point, e.g. separate production for prodAndStaging', () => {
    renderTipping(PERSONAS.twoClouds);
    expect(
      screen.getByText(
        'If production and staging must be separate, deployment isolation would rank first instead of agent isolation.',
      ),
    ).toBeInTheDocument();
  });

  it('says the recommendation holds when no single answer changes it', () => {
    expect(findTippingPoints(soloSingleTeam)).toEqual([]);
    renderTipping(soloSingleTeam);
    expect(screen.getByTestId('tipping-summary')).toHaveTextContent(
      'No single answer would change the recommendation: code location isolation with one repository with a folder per project holds whichever one answer you change.',
    );
    expect(screen.queryByRole('link', { name: /Open this scenario/ })).not.toBeInTheDocument();
  });

  it('"Compare with a what-if" hands over that what-if\'s link', async () => {
    const user = userEvent.setup();
    const onCompare = vi.fn();
    renderTipping(PERSONAS.prodAndStaging, onCompare);
    const buttons = screen.getAllByRole('button', { name: 'Compare with a what-if' });
    const links = screen.getAllByRole('link', { name: /Open this scenario/ });
    const second = buttons[1];
    if (second === undefined) throw new Error('fewer than two tipping points');
    await user.click(second);
    expect(onCompare).toHaveBeenCalledWith(links[1]?.getAttribute('href'));
  });
});

/** One team today whose separation applies to every team: a second team tips it. */
const ONE_TEAM = (sod: 'confidential' | 'execution'): Answers => ({
  ...DEFAULT_ANSWERS,
  projects: [
    { name: 'ingest', team: 'data', compute: 'aws', highVolume: false },
    { name: 'marts', team: 'data', compute: 'aws', highVolume: false },
  ],
  sod,
  release: 'independent',
});

describe('GrowthSection', () => {
  it.each<[string, Answers, 'projects' | 'teams']>([
    ['one confidential team', ONE_TEAM('confidential'), 'teams'],
    ['one team with its own credentials', ONE_TEAM('execution'), 'teams'],
  ])(
    '%s, by %s: names every flip in text and marks it on the chart',
    async (_, answers, dimension) => {
      const user = userEvent.setup();
      const growth = projectGrowth(answers, { dimension, ...growthRangeFor(answers, dimension) });
      expect(growth.flips.length).toBeGreaterThan(0);
      const { container } = render(<GrowthSection answers={answers} headingId="g" />);
      if (dimension === 'teams') await user.click(screen.getByRole('radio', { name: 'Teams' }));
      expect(
        screen.getByRole('radio', { name: dimension === 'teams' ? 'Teams' : 'Projects' }),
      ).toBeChecked();
      expect(screen.getByTestId('growth-flips')).toHaveTextContent(
        growth.flips.map((f) => f.sentence).join(' '),
      );
      // The chart's own chunk (recharts) loads once the chart nears the screen: at once in jsdom.
      await waitFor(() => {
        expect(container.querySelectorAll('.growth-flip-markers > g')).toHaveLength(
          growth.flips.length,
        );
      });
      const markers = [...container.querySelectorAll('.growth-flip-markers > g')];
      expect(markers.map((m) => m.querySelector('text')?.textContent.split(':')[0])).toEqual(
        growth.flips.map((f) => f.n.toString()),
      );
      expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
      const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
      const sizes = rows.map((r) => Number(within(r).getByRole('rowheader').textContent));
      for (const flip of growth.flips) expect(sizes).toContain(flip.n);
    },
  );

  it('draws the chart only once it nears the screen, and keeps it when scrolled away', async () => {
    const observers: {
      callback: IntersectionObserverCallback;
      options: IntersectionObserverInit | undefined;
    }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          observers.push({ callback, options });
        }
        observe(): void {
          // The test reports entries itself (`report` below).
        }
        disconnect(): void {
          // Nothing to stop.
        }
      },
    );
    try {
      const { container } = render(
        <GrowthSection answers={ONE_TEAM('confidential')} headingId="g" />,
      );
      const report = (isIntersecting: boolean): void => {
        act(() => {
          for (const o of observers)
            o.callback(
              [{ isIntersecting } as IntersectionObserverEntry],
              {} as IntersectionObserver,
            );
        });
      };
      report(false);
      // Far below the screen: the text and the table are there, the chart is not drawn.
      expect(screen.getByTestId('growth-flips')).toHaveTextContent('stays the same');
      expect(screen.getByRole('table')).toBeInTheDocument();
      expect(container.querySelector('.growth-chart svg')).toBeNull();
      expect(observers[0]?.options?.rootMargin).toBe('100% 0px 100% 0px');
      report(true);
      await waitFor(() => {
        expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
      });
      report(false);
      expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('starts at today’s count and says when the recommendation never changes', () => {
    const { container } = render(
      <GrowthSection answers={PERSONAS.threeTeamsNinePipelines} headingId="g" />,
    );
    expect(screen.getByTestId('growth-flips')).toHaveTextContent(
      'The recommendation stays the same from 9 (today) to 40 projects.',
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '9',
      '15',
      '20',
      '25',
      '30',
      '35',
      '40',
    ]);
    expect(container.querySelectorAll('.growth-flip-markers > g')).toHaveLength(0);
  });

  it('draws each level with its own dash pattern, not colour alone', async () => {
    const { container } = render(<GrowthSection answers={PERSONAS.twoClouds} headingId="g" />);
    await waitFor(() => {
      expect(container.querySelectorAll('.recharts-line path.recharts-curve')).toHaveLength(3);
    });
    const dashes = [...container.querySelectorAll('.recharts-line path.recharts-curve')].map((p) =>
      p.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(3);
  });
});

const renderCompare = (answers: Answers, initialLink?: string) =>
  render(
    <CompareSection
      answers={answers}
      shareUrl={shareUrlOf(answers)}
      headingId="c"
      initialLink={initialLink}
    />,
  );

describe('CompareSection', () => {
  it('shows a changed recommendation, score deltas, topology and a changed file with +/- lines', async () => {
    const user = userEvent.setup();
    renderCompare(PERSONAS.oneTeamOneCloud);
    const other = shareUrlOf(PERSONAS.regulatedTeam);
    await user.click(screen.getByRole('textbox', { name: "Other scenario's share link" }));
    await user.paste(other);
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    // The comparison loads on demand, the first time someone compares.
    expect(await screen.findByTestId('compare-verdict')).toHaveTextContent(
      'In the other scenario, deployment isolation would rank first instead of code location isolation, and a repository per team would be recommended instead of one repository with a folder per project.',
    );
    const thisCard = screen.getByRole('article', { name: 'This scenario' });
    const otherCard = screen.getByRole('article', { name: 'Other scenario' });
    expect(thisCard).toHaveTextContent('Code location isolation');
    expect(otherCard).toHaveTextContent('Deployment isolation');
    expect(
      within(otherCard).getByRole('link', { name: /Open the other scenario/ }),
    ).toHaveAttribute('href', other);
    expect(
      within(thisCard).getByRole('link', { name: /Open the current scenario/ }),
    ).toHaveAttribute('href', shareUrlOf(PERSONAS.oneTeamOneCloud));

    expect(screen.getByTestId('answer-differences')).toHaveTextContent(
      'Separation between teams: No separation → Confidential (finance)',
    );
    const deployment = screen.getByRole('row', { name: /Deployment/ });
    expect(deployment.dataset.delta).toBe('37');
    expect(within(deployment).getAllByRole('cell')[2]).toHaveTextContent('+37');
    // The other scenario's code location out-fits deployment but ranks below it: shown held back.
    const codeLocation = screen.getByRole('row', { name: /Code location/ });
    const heldBack = rankOptions(PERSONAS.regulatedTeam).levels.find(
      (l) => l.level === 'code-location',
    );
    expect(within(codeLocation).getAllByRole('cell')[1]).toHaveTextContent(
      `${String(heldBack?.score)} (fits your priorities ${String(heldBack?.fitScore)}, but misses a requirement) (rank 2)`,
    );
    expect(screen.getByText('Repositories')).toBeInTheDocument();
    expect(screen.getByText(/dagster-finance, dagster-product/)).toBeInTheDocument();

    const changed = within(screen.getByTestId('changed-files'));
    const setup = changed.getByText('SETUP.md').closest('details');
    if (setup === null) throw new Error('no SETUP.md diff');
    await user.click(within(setup).getByText('SETUP.md'));
    const diff = within(setup).getByLabelText('Line diff of SETUP.md');
    const lines = [...diff.querySelectorAll('.diff-line')].map((l) => l.textContent);
    expect(lines.some((l) => l.startsWith('+ '))).toBe(true);
    expect(lines.some((l) => l.startsWith('- '))).toBe(true);
    expect(screen.getByText('dagster-finance/dagster_cloud.yaml').closest('li')).toHaveTextContent(
      /^\+ dagster-finance\/dagster_cloud\.yaml$/,
    );
    // Both examples target Dagster 1.13.7: one team's single repository is a dg workspace; the
    // per-team repositories route by agent queue, so they keep dagster_cloud.yaml.
    expect(screen.getByText('dg.toml').closest('li')).toHaveTextContent(/^- dg\.toml$/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('compares at once from a what-if link and says when nothing but one answer differs', async () => {
    const answers = PERSONAS.prodAndStaging;
    const point = findTippingPoints(answers).find((p) => p.id === 'prod:no');
    if (point === undefined) throw new Error('no prod:no tipping point');
    renderCompare(answers, shareUrlOf(point.answers));
    expect(screen.getByRole('textbox', { name: "Other scenario's share link" })).toHaveValue(
      shareUrlOf(point.answers),
    );
    expect(await screen.findByTestId('compare-verdict')).toHaveTextContent(
      /^In the other scenario, .* would rank first instead of deployment isolation\.$/,
    );
    expect(screen.getByRole('heading', { name: 'Side by side' })).toHaveFocus();
  });

  it.each([
    ['a tampered value', `${BASE}#v=1&plan=gold&p=ingest.data.aws`, /plan=gold is not a plan/],
    ['no project', `${BASE}#v=1&plan=pro`, /holds no project/],
    ['an empty field', '', /Paste the other scenario's share link first/],
  ])('shows what could not be used in an alert for %s', async (_, link, message) => {
    const user = userEvent.setup();
    renderCompare(PERSONAS.twoClouds);
    const field = screen.getByRole('textbox', { name: "Other scenario's share link" });
    await user.click(field);
    if (link !== '') await user.paste(link);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(message);
  });

  it('still compares what a tampered link could give', async () => {
    const user = userEvent.setup();
    renderCompare(PERSONAS.twoClouds);
    await user.click(screen.getByRole('textbox', { name: "Other scenario's share link" }));
    await user.paste(`${BASE}#v=1&plan=gold&p=ingest.data.aws&p=BAD.x.y`);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Parts of this link could not be used; the rest is compared:',
    );
    expect(within(screen.getByRole('alert')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('article', { name: 'Other scenario' })).toHaveTextContent(
      '1 project, 1 team',
    );
  });
});
