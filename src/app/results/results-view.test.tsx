// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { unzipSync } from 'fflate';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { PERSONAS, PERSONA_EXPECTATIONS, type PersonaId } from '@/domain/__fixtures__/personas';
import { emitAll } from '@/domain/emitters/emitters';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';
import { buildShareUrl } from '@/domain/url-codec/codec';
import { findTippingPoints } from '@/domain/what-if/tipping-points';
import { installJsdomStubs } from '@/testing/jsdom-stubs';
import { preloadResults, renderAllStages } from '@/testing/results';

import { answerRows } from '@/domain/questionnaire/answer-rows';
import { toChartData } from '@/features/results/chart-data';
import { ResultsView } from './results-view';

const SHARE_URL = 'https://advisor.example/#v=1&p=ingest';
const shareUrlOf = (answers: Answers): string =>
  buildShareUrl('https://advisor.example/app/', answers);

installJsdomStubs();
beforeAll(preloadResults);

const PERSONA_IDS: PersonaId[] = ['twoClouds', 'regulatedTeam'];

/** Every section is on screen: "Print report" waits for the same. */
const expectAllShown = (): void => {
  expect(screen.getByRole('button', { name: 'Print report' })).toBeEnabled();
};

/**
 * The results' top only (recommendation, actions, ranking, layout), as it shows in the first pass;
 * the details keep coming in the app's own staging until the test ends.
 */
const renderTop = (id: PersonaId, onEdit = vi.fn()) =>
  render(<ResultsView answers={PERSONAS[id]} shareUrl={SHARE_URL} onEdit={onEdit} />);

/** The results of a persona, every section on screen. */
const renderPersona = (id: PersonaId, onEdit = vi.fn()) => {
  const view = renderAllStages(
    <ResultsView answers={PERSONAS[id]} shareUrl={SHARE_URL} onEdit={onEdit} />,
  );
  expectAllShown();
  return view;
};

describe.each(PERSONA_IDS)('ResultsView for %s', (id) => {
  const answers = PERSONAS[id];

  it('lists the three levels in the ranking order, scores and availability of rankOptions', () => {
    renderTop(id);
    const ranking = rankOptions(answers);
    const items = within(screen.getByTestId('ranking')).getAllByTestId('rank-item');
    expect(
      items.map((item) => [item.dataset.level, item.dataset.score, item.dataset.available]),
    ).toEqual(ranking.levels.map((l) => [l.level, String(l.score), String(l.available)]));
    expect(items[0]?.dataset.level).toBe(PERSONA_EXPECTATIONS[id].first);
    for (const item of items) expect(Number(item.dataset.score)).toSatisfy(Number.isInteger);
  });

  it('shows the recommended repository layout', () => {
    renderTop(id);
    expect(screen.getByTestId('repo-layout').dataset.layout).toBe(PERSONA_EXPECTATIONS[id].layout);
  });

  it('has one tab per generated file, showing its exact content', async () => {
    const user = userEvent.setup();
    renderPersona(id);
    const ranking = rankOptions(answers);
    const files = emitAll(
      answers,
      buildTopology(answers, ranking.recommended, ranking.layout.layout),
      {
        shareUrl: SHARE_URL,
      },
    );
    const tabs = within(screen.getByRole('tablist', { name: 'Generated files' })).getAllByRole(
      'tab',
    );
    expect(tabs.map((t) => t.textContent)).toEqual(files.map((f) => f.path));
    const last = files[files.length - 1];
    if (last === undefined) throw new Error('no files emitted');
    await user.click(screen.getByRole('tab', { name: last.path }));
    expect(screen.getByRole('tab', { name: last.path })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel');
    expect(panel.querySelector('code')?.textContent).toBe(last.content);
  });

  it('copies the selected file with its Copy button', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPersona(id);
    const first = screen.getAllByRole('tab')[0];
    const path = first?.textContent ?? '';
    await user.click(screen.getByRole('button', { name: `Copy ${path}` }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]?.[0]).toBe(
      screen.getByRole('tabpanel').querySelector('code')?.textContent,
    );
    expect(await screen.findByText(`Copied ${path}`)).toBeInTheDocument();
  });
});

describe('ResultsView sharing and structure', () => {
  it('copies the share link and says so politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderTop('twoClouds');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText).toHaveBeenCalledWith(SHARE_URL);
    // Said once the clipboard's promise has resolved.
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
  });

  it('shows the link selected in a read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderTop('twoClouds');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveValue(SHARE_URL);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
  });

  it('calls onEdit from "Edit answers"', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    renderTop('twoClouds', onEdit);
    await user.click(screen.getByRole('button', { name: 'Edit answers' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('moves between files with the arrow keys', async () => {
    const user = userEvent.setup();
    renderPersona('regulatedTeam');
    const tabs = screen.getAllByRole('tab');
    tabs[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(tabs[tabs.length - 1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('"Download all files" saves one zip holding every file at its path', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    // jsdom has no object URLs (each test file has its own jsdom, so this stays here).
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:zip';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderPersona('regulatedTeam');
    await user.click(screen.getByRole('button', { name: 'Download all files' }));
    await screen.findByText(/Downloaded dagster-plus-isolation-config\.zip/);
    expect(click).toHaveBeenCalledTimes(1);
    const zip = blobs[0];
    if (zip === undefined) throw new Error('no blob');
    expect(zip.type).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(Object.keys(entries).sort()).toEqual([...tabs].sort());
  });

  it('offers the zip, the diagram download and text alternatives', async () => {
    renderPersona('regulatedTeam');
    expect(screen.getByRole('button', { name: 'Download all files' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download diagram (SVG)' })).toBeEnabled();
    expect(screen.getByText('Chart as table')).toBeInTheDocument();
    expect(screen.getByText('Diagram as text')).toBeInTheDocument();
    // The diagram is drawn once its box reports its width (ResizeObserver, after the render).
    expect(
      await screen.findByRole('img', { name: /Isolation level: Deployment/ }),
    ).toBeInTheDocument();
  });

  it('keeps section headings at level 2, in reading order', () => {
    renderPersona('twoClouds');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Recommendation',
      'Ranking',
      'Repository layout',
      'Topology',
      'Starter configuration',
      'What would change it',
      'Why: points per criterion',
      'Growth',
      "The guide's trade-offs",
      'Your answers',
      'Compare with another scenario',
    ]);
  });

  it('draws a bar per level with one segment per scoring criterion', async () => {
    const { container } = renderPersona('threeTeamsNinePipelines');
    // Drawn once its width is known (the ResizeObserver's first report).
    const chart = await screen.findByRole('img', {
      name: /Stacked bar chart of how each level fits/,
    });
    expect(chart).toHaveAccessibleName(expect.stringMatching(/Deployment \d+; /) as string);
    const legend = within(
      screen.getByRole('list', { name: 'Criteria, in bar order' }),
    ).getAllByRole('listitem');
    const data = toChartData(rankOptions(PERSONAS.threeTeamsNinePipelines));
    const nonZero = data.rows.flatMap((r) => Object.values(r.points).filter((p) => p > 0));
    expect(legend.map((li) => li.textContent)).toEqual(data.series.map((s) => s.label));
    await waitFor(() => {
      expect(container.querySelectorAll('.score-chart .score-chart__segment')).toHaveLength(
        nonZero.length,
      );
    });
  });

  it('marks the guide rows that weigh on the answers in text', () => {
    renderPersona('twoClouds');
    expect(screen.getAllByText('Matters for you:').length).toBeGreaterThan(0);
  });

  it.each(PERSONA_IDS)(
    '%s has no axe violations in its markup (contrast is checked in a browser)',
    async (id) => {
      const { container } = renderPersona(id);
      const result = await axe.run(container, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    },
  );
});

/** The results as the app wires them: "Also generate" patches answers held in state. */
function Stateful(props: { initial: Answers; onChange: (patch: Partial<Answers>) => void }) {
  const [answers, setAnswers] = useState(props.initial);
  return (
    <ResultsView
      answers={answers}
      shareUrl={SHARE_URL}
      onEdit={vi.fn()}
      onChangeAnswers={(patch) => {
        props.onChange(patch);
        setAnswers((a) => ({ ...a, ...patch }));
      }}
    />
  );
}

const fileTabs = (): string[] =>
  within(screen.getByRole('tablist', { name: 'Generated files' }))
    .getAllByRole('tab')
    .map((t) => t.textContent);

describe('ResultsView "Also generate"', () => {
  it('ticking Terraform adds terraform/main.tf.json to the files and changes the answers', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderAllStages(<Stateful initial={PERSONAS.twoClouds} onChange={onChange} />);
    expectAllShown();
    const group = screen.getByRole('group', { name: 'Also generate' });
    const terraform = within(group).getByRole('checkbox', { name: 'Terraform' });
    expect(terraform).not.toBeChecked();
    expect(terraform).toHaveAccessibleDescription(/dagsterplus provider/);
    const before = fileTabs();
    expect(before).not.toContain('terraform/main.tf.json');

    await user.click(terraform);
    expect(onChange).toHaveBeenLastCalledWith({ targets: ['terraform'] });
    expect(terraform).toBeChecked();
    const after = fileTabs();
    expect(after).toContain('terraform/main.tf.json');
    expect(after.filter((path) => path !== 'terraform/main.tf.json')).toEqual(before);
    expect(
      screen.getByText(`${(before.length + 1).toString()} files.`, { exact: false }),
    ).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Your answers' });
    expect(within(summary).getByText('Also generate').nextElementSibling).toHaveTextContent(
      /^Terraform$/,
    );

    await user.click(screen.getByRole('tab', { name: 'SETUP.md' }));
    await user.click(terraform);
    expect(onChange).toHaveBeenLastCalledWith({ targets: [] });
    // The file on screen stays selected while others come and go.
    expect(screen.getByRole('tab', { name: 'SETUP.md' })).toHaveAttribute('aria-selected', 'true');
    expect(fileTabs()).toEqual(before);
  });

  it('keeps both targets in their fixed order, whichever is ticked first', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderAllStages(<Stateful initial={PERSONAS.twoClouds} onChange={onChange} />);
    expectAllShown();
    await user.click(screen.getByRole('checkbox', { name: 'Terraform' }));
    await user.click(screen.getByRole('checkbox', { name: 'dg project files' }));
    expect(onChange).toHaveBeenLastCalledWith({ targets: ['dg-project', 'terraform'] });
    const answers: Answers = { ...PERSONAS.twoClouds, targets: ['dg-project', 'terraform'] };
    const ranking = rankOptions(answers);
    const files = emitAll(
      answers,
      buildTopology(answers, ranking.recommended, ranking.layout.layout),
      {
        shareUrl: SHARE_URL,
        extraTargets: answers.targets,
      },
    );
    expect(fileTabs()).toEqual(files.map((f) => f.path));
  });

  it('shows targets already in the answers as ticked, and no choices without onChangeAnswers', () => {
    const answers: Answers = { ...PERSONAS.regulatedTeam, targets: ['terraform'] };
    renderAllStages(<ResultsView answers={answers} shareUrl={SHARE_URL} onEdit={vi.fn()} />);
    expectAllShown();
    expect(screen.queryByRole('group', { name: 'Also generate' })).toBeNull();
    expect(fileTabs()).toContain('terraform/main.tf.json');
    cleanup();
    renderAllStages(<Stateful initial={answers} onChange={vi.fn()} />);
    expectAllShown();
    expect(screen.getByRole('checkbox', { name: 'Terraform' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'dg project files' })).not.toBeChecked();
  });

  it('has no axe violations with the choices shown', async () => {
    const { container } = renderAllStages(
      <Stateful initial={PERSONAS.twoClouds} onChange={vi.fn()} />,
    );
    expectAllShown();
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it.each([
    [[], 'Nothing else'],
    [['terraform'], 'Terraform'],
    [['dg-project', 'terraform'], 'dg project files, Terraform'],
  ] as const)('"Your answers" words targets %j as %s', (targets, text) => {
    const rows = new Map(answerRows({ ...PERSONAS.twoClouds, targets: [...targets] }));
    expect(rows.get('Also generate')).toBe(text);
  });
});

describe('ResultsView reading order and progressive rendering', () => {
  it.each([
    ['twoClouds', /^Agent isolation, in one repository \(monorepo\)\.$/],
    ['regulatedTeam', /^Deployment isolation, in several repositories \(multirepo\)\.$/],
  ] as const)(
    '%s: the recommendation names the level and the layout in one sentence',
    (id, sentence) => {
      renderTop(id);
      expect(screen.getByTestId('recommendation')).toHaveTextContent(sentence);
    },
  );

  it.each([
    ['busyNeighbour', true],
    ['twoClouds', false],
  ] as const)(
    '%s: says what to do about a high-volume project under the summary: %s',
    (id, shown) => {
      renderTop(id);
      const note = screen.queryByTestId('busy-note');
      if (!shown) {
        expect(note).toBeNull();
      } else {
        expect(note).toHaveTextContent('About high-volume projects');
        expect(note).toHaveTextContent(rankOptions(PERSONAS[id]).busyNote ?? 'no note');
        expect(note).toHaveTextContent("shares the deployment's run queue");
      }
    },
  );

  it('shows the recommendation, ranking and layout at once, the rest right after', async () => {
    // The app's own staging here: each stage mounts in a task after the one before it.
    render(<ResultsView answers={PERSONAS.twoClouds} shareUrl={SHARE_URL} onEdit={vi.fn()} />);
    // The first pass: the top, and (its module being loaded) the details' first stage only.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Recommendation',
      'Ranking',
      'Repository layout',
      'Topology',
    ]);
    expect(within(screen.getByTestId('ranking')).getAllByTestId('rank-item')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Print report' })).toBeDisabled();
    await waitFor(expectAllShown);
    expect(screen.getByRole('button', { name: 'Download all files' })).toBeEnabled();
    expect(screen.getByTestId('tipping-points')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Compare with another scenario' }),
    ).toBeVisible();
  });
});

describe('ResultsView text fixes', () => {
  it.each(['regulatedTeam', 'threeTeamsNinePipelines'] as const)(
    '%s: each unmet requirement is said once, under "Does not meet:"',
    (id) => {
      renderTop(id);
      const ranking = rankOptions(PERSONAS[id]);
      expect(ranking.levels.some((l) => l.unmet.length > 0)).toBe(true);
      for (const level of ranking.levels) {
        const item = within(screen.getByTestId('ranking'))
          .getAllByTestId('rank-item')
          .find((el) => el.dataset.level === level.level);
        if (item === undefined) throw new Error(`no rank item for ${level.level}`);
        for (const req of level.unmet) {
          expect(within(item).getAllByText(req.label, { exact: false })).toHaveLength(1);
        }
        if (level.unmet.length > 0) expect(item).toHaveTextContent('Does not meet:');
      }
    },
  );

  it('says what a level not on the plan would need once, under "Would need:"', () => {
    renderTop('starterTwoClouds');
    const agent = within(screen.getByTestId('ranking'))
      .getAllByTestId('rank-item')
      .find((el) => el.dataset.level === 'agent');
    if (agent === undefined) throw new Error('no agent rank item');
    expect(within(agent).getAllByText(/Dagster\+ Pro \(agent queues\)/)).toHaveLength(1);
    expect(agent).toHaveTextContent('Would need: Dagster+ Pro (agent queues)');
  });

  it('shows backticked names in "Check before you commit" as code, without backticks', () => {
    renderPersona('twoClouds');
    const box = screen.getByRole('heading', { name: 'Check before you commit' }).parentElement;
    if (box === null) throw new Error('no caveats box');
    // twoClouds targets 1.13.7 with agent queues: the routing note names agent_queue and
    // [tool.dg.project], each as code.
    expect(within(box).getAllByText('agent_queue', { selector: 'code' }).length).toBeGreaterThan(0);
    expect(
      within(box).getAllByText('[tool.dg.project]', { selector: 'code' }).length,
    ).toBeGreaterThan(0);
    expect(box.textContent).not.toContain('`');
  });

  it('lets a long file path wrap after each "/" without changing its name', () => {
    renderPersona('regulatedTeam');
    const tabs = within(screen.getByRole('tablist', { name: 'Generated files' })).getAllByRole(
      'tab',
    );
    const nested = tabs.find((t) => (t.textContent.match(/\//g) ?? []).length >= 2);
    if (nested === undefined) throw new Error('no nested path');
    const slashes = (nested.textContent.match(/\//g) ?? []).length;
    expect(nested.querySelectorAll('wbr')).toHaveLength(slashes);
    expect(screen.getByRole('tab', { name: nested.textContent })).toBe(nested);
  });
});

describe('ResultsView with the what-if sections', () => {
  const renderResults = (answers: Answers) =>
    renderAllStages(
      <ResultsView answers={answers} shareUrl={shareUrlOf(answers)} onEdit={vi.fn()} />,
    );

  it('"Compare with a what-if" fills the compare field and compares', async () => {
    const user = userEvent.setup();
    const answers = PERSONAS.twoClouds;
    renderResults(answers);
    const first = findTippingPoints(answers)[0];
    if (first === undefined) throw new Error('no tipping point');
    const [button] = screen.getAllByRole('button', { name: 'Compare with a what-if' });
    if (button === undefined) throw new Error('no "Compare with a what-if" button');
    expect(screen.getByRole('textbox', { name: "Other scenario's share link" })).toHaveValue('');
    await user.click(button);
    expect(screen.getByRole('textbox', { name: "Other scenario's share link" })).toHaveValue(
      shareUrlOf(first.answers),
    );
    expect(screen.getByRole('heading', { name: 'Side by side' })).toHaveFocus();
    // The comparison's own module loads the first time someone compares.
    expect(await screen.findByTestId('compare-verdict')).toHaveTextContent(
      /^In the other scenario, /,
    );
  });

  it('"Print report" opens the browser print dialog once every section is on screen', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderResults(PERSONAS.regulatedTeam);
    const button = screen.getByRole('button', { name: 'Print report' });
    expect(button).toBeEnabled();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Compare with another scenario' }),
    ).toBeVisible();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('keeps "Print report" disabled while sections are still coming', () => {
    // The app's own staging: the later sections mount in tasks after this first pass.
    render(
      <ResultsView
        answers={PERSONAS.regulatedTeam}
        shareUrl={shareUrlOf(PERSONAS.regulatedTeam)}
        onEdit={vi.fn()}
      />,
    );
    expect(screen.getByTestId('ranking')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print report' })).toBeDisabled();
  });

  it('summarises the answers, including every project', () => {
    renderResults(PERSONAS.regulatedTeam);
    const section = screen.getByRole('region', { name: 'Your answers' });
    expect(within(section).getByText('Confidential (finance)')).toBeInTheDocument();
    expect(within(section).getByText('Pro (or Enterprise)')).toBeInTheDocument();
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      PERSONAS.regulatedTeam.projects.map((p) => p.name),
    );
  });
});

describe('ResultsView counts', () => {
  it.each<[PersonaId, string, string]>([
    ['oneTeamOneCloud', '1 deployment, 1 agent and 3 code locations', '3 projects · '],
    ['regulatedTeam', '2 deployments, 2 agents and 4 code locations', '4 projects · '],
  ])('%s: counts read "%s" and "%s", in plain plurals', (id, topology, projects) => {
    renderPersona(id);
    const section = screen.getByRole('heading', { name: 'Topology' }).closest('section');
    if (section === null) throw new Error('no topology section');
    expect(section).toHaveTextContent(`${topology} for the recommended level.`);
    expect(screen.getByText(new RegExp(`^${projects}scored with model v`))).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/\(s\)/);
  });
});
