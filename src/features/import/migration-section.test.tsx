// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { JSX } from 'react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';

import {
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from '@/domain/import/__fixtures__/dagster-cloud-files';
import { auditImport } from '@/domain/import/audit';
import { readCurrentState } from '@/domain/import/current-state';
import { planMigration } from '@/domain/import/migration-plan';
import { MIGRATION_KIT } from '@/domain/import/migration-kit';
import { importToAnswers } from '@/domain/import/to-answers';
import type { ImportInput } from '@/domain/import/types';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';
import { wizardStore } from '@/store/wizard-store';

import { MigrationSection } from './migration-section';

// The app loads the emitters' builders from the results' module; here they come straight from the
// domain (src/app/import-journey.test.tsx goes through the app).
const loadKit = () => Promise.resolve(MIGRATION_KIT);

afterEach(() => {
  cleanup();
});

const HOOLI_INPUT: ImportInput = {
  dagsterCloudYaml: HOOLI,
  agentConfigs: [HOOLI_HELM_VALUES],
  codeowners: HOOLI_CODEOWNERS,
};

/** The user confirms hooli's projects and says batch-enrichment runs on GCP, busy. */
const hooliAnswers = (): Answers => {
  const files = auditImport(HOOLI_INPUT).files;
  if (files === null) throw new Error('fixture must parse');
  const answers = importToAnswers(files).answers;
  return {
    ...answers,
    projects: answers.projects.map((p) =>
      p.name === 'batch-enrichment'
        ? { ...p, compute: 'gcp', highVolume: true }
        : { ...p, compute: 'aws' },
    ),
  };
};

const expectedSteps = (input: ImportInput, answers: Answers) => {
  const files = auditImport(input).files;
  if (files === null) throw new Error('fixture must parse');
  const ranking = rankOptions(answers);
  return planMigration(
    readCurrentState(files),
    buildTopology(answers, ranking.recommended, ranking.layout.layout),
    files.config,
    MIGRATION_KIT,
    answers,
  );
};

/** Renders, letting the section's wait for the builders settle inside `act`. */
const renderSection = async (ui: JSX.Element): Promise<ReturnType<typeof render>> => {
  let rendered: ReturnType<typeof render> | undefined;
  await act(async () => {
    rendered = render(ui);
    await Promise.resolve();
  });
  if (rendered === undefined) throw new Error('not rendered');
  return rendered;
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      within(r).getByRole('rowheader').textContent,
      ...within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);

describe('MigrationSection', () => {
  it('hooli-style import: today vs recommended, then the ordered steps with downtime and diffs', async () => {
    const answers = hooliAnswers();
    await renderSection(
      <MigrationSection
        loadKit={loadKit}
        imported={{ input: HOOLI_INPUT, layout: null }}
        answers={answers}
      />,
    );
    const steps = expectedSteps(HOOLI_INPUT, answers);
    expect(rankOptions(answers).recommended).toBe('agent');
    expect(steps.length).toBeGreaterThan(1);

    // The section waits for the emitters' builders (from the results' details) before it shows.
    const table = await screen.findByRole('table', { name: 'Today vs recommended' });
    const rows = rowsOf(table);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Isolation level', 'Code location isolation'],
      ['Repository layout', 'One repository (monorepo)'],
      ['Deployments', 'prod'],
      ['Agents', 'hooli-agent'],
      ['Agent queues', 'default queue'],
    ]);
    expect(rows[0]?.slice(2)).toEqual(['Agent isolation', 'Changes']);

    const items = screen.getAllByTestId('migration-step');
    expect(
      items.map((li) => [
        within(li).getByRole('heading', { level: 4 }).textContent,
        li.querySelector('.migration-downtime')?.textContent,
      ]),
    ).toEqual(
      steps.map((s) => [
        `Step ${s.order}: ${s.title}`,
        s.downtime === 'none' ? 'No downtime' : 'Brief downtime',
      ]),
    );
    // What needs no downtime comes before the first cut-over.
    const downtimes = items.map((li) => li.dataset.downtime);
    expect(downtimes.indexOf('brief')).toBeGreaterThan(0);
    expect(downtimes[0]).toBe('none');

    const withDiff = steps.findIndex((s) => s.diff !== undefined);
    const step = steps[withDiff];
    if (step?.diff === undefined) throw new Error('a step must change a file');
    const region = screen.getByRole('region', { name: `Config change of step ${step.order}` });
    expect(region.textContent).toBe(step.diff.replace(/\n$/, '').split('\n').join(''));
    expect([...region.querySelectorAll('.diff-add')].map((l) => l.textContent)).toEqual(
      step.diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')),
    );
    expect(screen.getByText(/the share link carries the answers/)).toBeInTheDocument();
  });

  it('an import that already matches: one step, nothing to change, no downtime', async () => {
    const input = { dagsterCloudYaml: QUICKSTART };
    const files = auditImport(input).files;
    if (files === null) throw new Error('fixture must parse');
    const answers = importToAnswers(files).answers;
    const ranking = rankOptions(answers);
    await renderSection(
      <MigrationSection loadKit={loadKit} imported={{ input, layout: null }} answers={answers} />,
    );
    expect(ranking.recommended).toBe('code-location');
    expect(
      (await screen.findAllByTestId('migration-step', {})).map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^Step 1: Nothing to changeNo downtime/)]);
    expect(screen.getByText('1 step, in order. None of them needs downtime.')).toBeInTheDocument();
  });

  it('"Forget the imported files" clears them from the store and keeps the answers', async () => {
    const user = userEvent.setup();
    const answers = hooliAnswers();
    wizardStore.getState().applyImport(answers, { input: HOOLI_INPUT, layout: null });
    await renderSection(
      <MigrationSection
        loadKit={loadKit}
        imported={{ input: HOOLI_INPUT, layout: null }}
        answers={answers}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Forget the imported files' }));
    expect(wizardStore.getState().imported).toBeNull();
    expect(wizardStore.getState().answers).toEqual(answers);
  });

  it('has no axe violations (contrast is checked in a browser)', async () => {
    const { container } = await renderSection(
      <MigrationSection
        loadKit={loadKit}
        imported={{ input: HOOLI_INPUT, layout: null }}
        answers={hooliAnswers()}
      />,
    );
    await screen.findAllByTestId('migration-step', {});
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
