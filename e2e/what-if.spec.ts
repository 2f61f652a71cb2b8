import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { DEFAULT_ANSWERS, type Answers } from '../src/domain/questionnaire/schemas';
import { planFiles } from '../src/domain/plan/plan-files';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

test('compare: paste next year’s link and see what changes in ranking, topology and files', async ({
  page,
  results,
  baseURL,
}) => {
  const today = PERSONAS.oneTeamOneCloud;
  const nextYear = PERSONAS.regulatedTeam;
  await page.goto(`/#${encodeShareState(today)}`);
  await results.waitUntilShown();

  await page
    .getByRole('textbox', { name: "Other scenario's share link" })
    .fill(`${baseURL ?? ''}/#${encodeShareState(nextYear)}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByTestId('compare-verdict')).toContainText(
    'deployment isolation would rank first instead of code location isolation',
  );
  await expect(comparison.getByRole('article', { name: 'This scenario' })).toContainText(
    'Code location isolation',
  );
  await expect(comparison.getByRole('article', { name: 'Other scenario' })).toContainText(
    'Deployment isolation',
  );
  await expect(comparison.getByRole('link', { name: /Open the other scenario/ })).toHaveAttribute(
    'href',
    new RegExp(`#${encodeShareState(nextYear).replaceAll('.', '\\.')}$`),
  );
  await expect(comparison.getByTestId('changed-files')).toContainText(
    'dagster-finance/dagster_cloud.yaml',
  );
  await expect(comparison.getByRole('heading', { name: 'Topology differences' })).toBeVisible();
  await expect(comparison).toContainText('Deployments');
});

test('what would change it: a tipping point opens as a comparison', async ({ page, results }) => {
  await page.goto(`/#${encodeShareState(PERSONAS.prodAndStaging)}`);
  await results.waitUntilShown();
  const points = page.getByTestId('tipping-points');
  await expect(points).toContainText('If production');
  await points.getByRole('button', { name: 'Compare with a what-if' }).first().click();
  await expect(page.getByRole('heading', { name: 'Side by side' })).toBeFocused();
  await expect(page.getByTestId('compare-verdict')).toContainText('In the other scenario');
});

test('growth on a 390 px phone: starts at today, flip labels inside the chart, whole, not overlapping', async ({
  page,
  results,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // One team today whose separation applies to every team: a second team tips it.
  const answers: Answers = {
    ...DEFAULT_ANSWERS,
    projects: [
      { name: 'ingest', team: 'data', compute: 'aws', highVolume: false },
      { name: 'marts', team: 'data', compute: 'aws', highVolume: false },
    ],
    sod: 'confidential',
    release: 'independent',
  };
  await page.goto(`/#${encodeShareState(answers)}`);
  await results.waitUntilShown();
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Growth' }) });
  await expect(section.getByTestId('growth-flips')).toHaveText(
    'The recommendation stays the same from 2 (today) to 40 projects.',
  );
  await section.getByRole('radio', { name: 'Teams' }).check();
  await expect(section.getByTestId('growth-flips')).toContainText('At 2 teams,');
  const labels = section.locator('.growth-flip-markers text');
  await expect(labels).toHaveText(['2: Deployment + repo per team']);
  const chart = await section.locator('.growth-chart svg').first().boundingBox();
  if (chart === null) throw new Error('no growth chart');
  const boxes = await labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  for (const [i, box] of boxes.entries()) {
    expect(box.left).toBeGreaterThanOrEqual(chart.x);
    expect(box.right).toBeLessThanOrEqual(chart.x + chart.width);
    expect(box.top).toBeGreaterThanOrEqual(chart.y);
    expect(box.bottom).toBeLessThanOrEqual(chart.y + chart.height);
    for (const other of boxes.slice(i + 1)) {
      const apart =
        box.right <= other.left ||
        other.right <= box.left ||
        box.bottom <= other.top ||
        other.bottom <= box.top;
      expect(apart).toBe(true);
    }
  }
});

test('report: prints the decision and lists every file, without buttons or file text', async ({
  page,
  results,
}) => {
  const persona = PERSONAS.threeTeamsNinePipelines;
  await page.goto(`/#${encodeShareState(persona)}`);
  await results.waitUntilShown();

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print report' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  // The decision (issue #14): recommendation, ranking, diagram, what would change it, answers.
  for (const heading of [
    'Recommendation',
    'Ranking',
    'Topology',
    'Starter configuration',
    'What would change it',
    'Your answers',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  // The tools around it stay on screen only.
  for (const heading of ['Why: points per criterion', 'Growth', "The guide's trade-offs"]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeHidden();
  }
  await expect(page.locator('.rank-reasons li').first()).toBeVisible();
  await expect(page.locator('.diagram svg[role="img"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download all files' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
  // Every generated file is listed with what it is for; no file's text is printed.
  const { files } = planFiles(persona, { shareUrl: 'unused' });
  const printed = await page.locator('main').innerText();
  for (const file of files) expect(printed).toContain(`${file.path}: ${file.description}`);
  await expect(page.locator('pre:visible')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('compare on a 390 px phone: every cell of the Change column is whole, inside the view and its table', async ({
  page,
  results,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/#${encodeShareState(PERSONAS.prodAndStaging)}`);
  await results.waitUntilShown();
  await page
    .getByTestId('tipping-points')
    .getByRole('button', { name: 'Compare with a what-if' })
    .first()
    .click();
  const table = page.getByRole('table', { name: 'Score out of 100 (rank) in each scenario' });
  await expect(table).toBeVisible();
  const region = page.getByRole('region', { name: 'Scores in both scenarios' });
  const change = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(change).toHaveCount(3);

  // The table needs no sideways scroll: nothing in it is cut off at the region's edge.
  const scroll = await region.evaluate((r) => ({ width: r.scrollWidth, visible: r.clientWidth }));
  expect(scroll.width).toBeLessThanOrEqual(scroll.visible);
  const box = await region.boundingBox();
  if (box === null) throw new Error('the scores region has no box');
  for (const row of await change.all()) {
    const cell = row.getByRole('cell').last();
    await expect(cell).toHaveText(/^(No change|[+-]\d+)$/);
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeInViewport({ ratio: 1 });
    const cellBox = await cell.boundingBox();
    if (cellBox === null) throw new Error('a Change cell has no box');
    expect(cellBox.x).toBeGreaterThanOrEqual(box.x);
    expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(box.x + box.width);
    expect(await cell.evaluate((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
  }
});
