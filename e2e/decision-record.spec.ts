import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';

import { SCENARIOS } from '../src/domain/__fixtures__/personas';
import { MADR_HEADINGS } from '../src/domain/decision-record/decision-record';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { decodeShareState, encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';
import { readDownload } from './pages/results-page';

const answers = SCENARIOS.designReview;
const fragment = encodeShareState(answers);
const PATH = 'docs/decisions/0001-dagster-isolation.md';
const parser = new MarkdownIt({ html: true, linkify: true });

/** The record's headings, as "## text", in order. */
const headingsOf = (markdown: string): string[] => {
  const tokens = parser.parse(markdown, {});
  return tokens.flatMap((t, i) =>
    t.type === 'heading_open'
      ? [`${'#'.repeat(Number(t.tag.slice(1)))} ${tokens[i + 1]?.content ?? ''}`]
      : [],
  );
};

/** The link the record says reopens the answers. */
const reopenLinkOf = (markdown: string): string => {
  const links = parser
    .parse(markdown, {})
    .flatMap((t) => t.children ?? [])
    .flatMap((t, i, all) =>
      t.type === 'link_open' && all[i + 1]?.content === 'Reopen these answers in Isolation Advisor'
        ? [String(t.attrGet('href') ?? '')]
        : [],
    );
  expect(links).toHaveLength(1);
  return links[0] ?? '';
};

test('the decision record is in the zip and its own download, and its link reopens the same answers', async ({
  page,
  results,
}) => {
  await page.goto(`/#${fragment}`);
  await results.waitUntilShown();

  const zip = unzipSync(new Uint8Array(await results.downloadAll()));
  const inZip = strFromU8(zip[PATH] ?? new Uint8Array());
  expect(inZip).not.toBe('');

  // Its own download, reached from the keyboard.
  const button = page.getByRole('button', { name: 'Download decision record' });
  await button.focus();
  const download = await results.waitForDownload(() => page.keyboard.press('Enter'));
  expect(download.suggestedFilename()).toBe('0001-dagster-isolation.md');
  const alone = (await readDownload(download)).toString('utf8');
  expect(alone).toBe(inZip);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded 0001' })).toBeVisible();

  // MADR's headings, in the template's order.
  const headings = headingsOf(alone);
  expect(headings.filter((h) => (MADR_HEADINGS as readonly string[]).includes(h))).toEqual([
    ...MADR_HEADINGS,
  ]);
  expect(headings[0]).toBe(
    '# Use deployment isolation with a repository per team for our Dagster+ projects',
  );

  // The link reopens the same answers: same fragment, same ranking on screen.
  const link = reopenLinkOf(alone);
  expect(decodeShareState(link).answers).toEqual(answers);
  await page.goto('about:blank');
  await page.goto(link);
  await results.expectRanking(rankOptions(answers));
  expect(await results.layout()).toBe('multirepo');
});

test('the printed report is the decision: at most 4 A4 pages, the files as a list, the link whole', async ({
  page,
  results,
}) => {
  await page.goto(`/#${fragment}`);
  await results.waitUntilShown();

  await page.emulateMedia({ media: 'print' });
  // The link prints whole, inside the page, and opens these answers.
  const reopen = page.locator('.results-reopen a');
  await expect(reopen).toBeVisible();
  const href = await reopen.getAttribute('href');
  expect(decodeShareState(href ?? '').answers).toEqual(answers);
  await expect(reopen).toHaveText(href ?? '');
  const box = await reopen.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
  // The files as a list, one line each; no file text, no buttons, no what-if controls.
  const files = page.locator('.files-list li');
  await expect(files.first()).toBeVisible();
  await expect(files.filter({ hasText: PATH })).toHaveCount(1);
  await expect(page.locator('pre:visible')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What would change it' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Growth' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Topology' })).toBeVisible();

  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
  expect(pdf.getPageCount()).toBeLessThanOrEqual(4);
});
