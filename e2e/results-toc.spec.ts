import AxeBuilder from '@axe-core/playwright';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

// Seven projects, three teams: the tallest of the app's examples (about 8,000 px at 1280 px).
const fragment = encodeShareState(PERSONAS.threeTeamsNinePipelines);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  const phone = viewport.width < 1024;

  test(`at ${viewport.width.toString()} px the contents reach every section by keyboard, its heading focused and uncovered`, async ({
    page,
    results,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/#${fragment}`);
    await results.waitUntilShown();
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const toggle = contents.getByRole('button', { name: /^On this page/ });
    // Read from the markup: on a phone the list is hidden until its menu opens.
    const labels = await contents.locator('li').allTextContents();
    expect(labels).toEqual(await page.getByRole('heading', { level: 2 }).allTextContents());
    expect(labels.length).toBeGreaterThanOrEqual(11);

    for (const [index, label] of labels.entries()) {
      // From the recommendation's last control, Tab goes to the contents (on a phone, its menu).
      await page.getByRole('button', { name: 'Download decision record' }).focus();
      await page.keyboard.press('Tab');
      if (phone) {
        await expect(toggle).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await page.keyboard.press('Tab');
      }
      for (let i = 0; i < index; i += 1) await page.keyboard.press('Tab');
      await expect(contents.getByRole('button', { name: label, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');

      const heading = page.getByRole('heading', { level: 2, name: label, exact: true });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      if (phone) await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      // Nothing sticky lies over the heading's first line.
      const onTop = await heading.evaluate((h) => {
        const box = h.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 4, box.top + 4);
        return hit !== null && h.contains(hit) ? 'the heading' : (hit?.outerHTML ?? 'nothing');
      });
      expect(onTop, label).toBe('the heading');
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`at 390 px the open contents menu passes axe (${scheme}) and Escape closes it`, async ({
    page,
    results,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/#${fragment}`);
    await results.waitUntilShown();
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const toggle = contents.getByRole('button', { name: /^On this page/ });
    await toggle.click();
    await expect(contents.getByRole('button', { name: 'Topology', exact: true })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(contents.getByRole('button', { name: 'Topology', exact: true })).toBeHidden();
  });
}
