import { expect, type Locator, type Page } from '@playwright/test';

import type { Answers } from '../../src/domain/questionnaire/schemas';
import type { STEP_IDS } from '../../src/domain/questionnaire/steps';
import {
  AGENT_QUESTION,
  CI_QUESTION,
  COST_QUESTION,
  DEPS_QUESTION,
  OPS_QUESTION,
  PANE_QUESTION,
  PLAN_QUESTION,
  PROD_LABEL,
  RELEASE_QUESTION,
  SHARE_QUESTION,
  SOD_QUESTION,
  SOD_TEAMS_LEGEND,
  STEPS,
} from '../../src/domain/questionnaire/steps';

/**
 * Resolves once React has the page (main.tsx marks #root): before, the prerendered first screen
 * does not answer input. The app's script arrives after the load event that `goto` waits for
 * (src/early.ts imports it), so a click right after `goto` could land before React.
 */
export const appStarted = async (page: Page): Promise<void> => {
  await expect(page.locator('#root[data-app-started]')).toBeAttached();
};

type Question<T extends string> = {
  readonly legend: string;
  readonly options: Readonly<Record<T, { readonly label: string }>>;
};

/** The wizard as a person uses it: headings, labelled fields and named buttons. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async open(fragment = ''): Promise<void> {
    await this.page.goto(fragment === '' ? '/' : `/#${fragment}`);
    await appStarted(this.page);
  }

  stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  async expectStep(stepId: (typeof STEP_IDS)[number]): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 2, name: STEPS[stepId].title }),
    ).toBeVisible();
  }

  question(legend: string): Locator {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  async choose<T extends string>(question: Question<T>, value: T): Promise<void> {
    // A person clicks the option's visible label (the card), not the radio dot under it.
    const group = this.question(question.legend);
    const label = question.options[value].label;
    await group.getByText(label, { exact: true }).click();
    await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^Next/ }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click();
  }

  projectRow(index: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Project ${index + 1}\\b`) });
  }

  /** The projects step shows `projects` in order: name, compute environment and high volume. */
  async expectProjects(projects: Answers['projects']): Promise<void> {
    for (const [i, project] of projects.entries()) {
      const row = this.projectRow(i);
      await expect(row.getByLabel('Project name', { exact: true })).toHaveValue(project.name);
      await expect(row.getByLabel('Compute environment', { exact: true })).toHaveValue(
        project.compute,
      );
      await expect(row.getByLabel('High volume', { exact: true })).toBeChecked({
        checked: project.highVolume,
      });
    }
  }

  async fillProjects(projects: Answers['projects']): Promise<void> {
    for (const [i, p] of projects.entries()) {
      const row = this.projectRow(i);
      if ((await row.count()) === 0) {
        await this.page.getByRole('button', { name: 'Add project', exact: true }).click();
      }
      await row.getByLabel('Project name', { exact: true }).fill(p.name);
      await row.getByLabel('Team', { exact: true }).fill(p.team);
      await row.getByLabel('Compute environment', { exact: true }).fill(p.compute);
      await row.getByLabel('High volume', { exact: true }).setChecked(p.highVolume);
    }
  }

  /** Answers every step from the first to the results, as a person would. */
  async complete(a: Answers): Promise<void> {
    await this.expectStep('platform');
    await this.choose(PLAN_QUESTION, a.plan);
    await this.choose(AGENT_QUESTION, a.agent);
    await this.next();

    await this.expectStep('projects');
    await this.fillProjects(a.projects);
    await this.next();

    await this.expectStep('delivery');
    await this.choose(CI_QUESTION, a.ci);
    await this.choose(SHARE_QUESTION, a.share);
    await this.choose(RELEASE_QUESTION, a.release);
    await this.choose(DEPS_QUESTION, a.deps);
    await this.next();

    await this.expectStep('compliance');
    await this.choose(SOD_QUESTION, a.sod);
    if (a.sod !== 'none' && a.sodTeams.length > 0) {
      const teams = this.question(SOD_TEAMS_LEGEND);
      for (const box of await teams.getByRole('checkbox').all()) {
        const name = (await box.getAttribute('value')) ?? '';
        await box.setChecked(a.sodTeams.includes(name));
      }
    }
    await this.page.getByLabel(PROD_LABEL).setChecked(a.prod);
    await this.next();

    await this.expectStep('compute');
    await this.next();

    await this.expectStep('priorities');
    await this.choosePriorities(a);
    await this.next();
  }

  async choosePriorities(a: Answers): Promise<void> {
    await this.choose(PANE_QUESTION, a.pane);
    await this.choose(OPS_QUESTION, a.ops);
    await this.choose(COST_QUESTION, a.cost);
  }
}
