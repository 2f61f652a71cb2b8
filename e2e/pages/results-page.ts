import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

import type { Ranking } from '../../src/domain/scoring/types';

export type RankingSeen = { level: string; score: number; available: boolean }[];

/** The results as a reader sees them, plus the machine contract (data-testid attributes). */
export class ResultsPage {
  constructor(readonly page: Page) {}

  ranking(): Locator {
    return this.page.getByTestId('ranking');
  }

  /** Waits for the whole results: the ranking first, then every later section (Print report
   * is enabled only once all are on screen). */
  async waitUntilShown(): Promise<void> {
    await expect(this.ranking()).toBeVisible({ timeout: 15_000 });
    await expect(this.page.getByRole('button', { name: 'Print report' })).toBeEnabled({
      timeout: 15_000,
    });
  }

  async rankingSeen(): Promise<RankingSeen> {
    await this.waitUntilShown();
    const items = this.ranking().getByTestId('rank-item');
    await expect(items).toHaveCount(3);
    return items.evaluateAll((els) =>
      els.map((el) => ({
        level: el.getAttribute('data-level') ?? '',
        score: Number(el.getAttribute('data-score')),
        available: el.getAttribute('data-available') === 'true',
      })),
    );
  }

  async expectRanking(expected: Ranking): Promise<void> {
    expect(await this.rankingSeen()).toEqual(
      expected.levels.map((l) => ({ level: l.level, score: l.score, available: l.available })),
    );
  }

  async layout(): Promise<string | null> {
    return this.page.getByTestId('repo-layout').getAttribute('data-layout');
  }

  fileTabs(): Locator {
    return this.page.getByRole('tablist', { name: /files/i }).getByRole('tab');
  }

  async downloadAll(): Promise<Buffer> {
    const download = await this.waitForDownload(() =>
      this.page.getByRole('button', { name: 'Download all files', exact: true }).click(),
    );
    return readDownload(download);
  }

  async waitForDownload(action: () => Promise<void>): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return download;
  }
}

export async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}
