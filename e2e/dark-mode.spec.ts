import { SCENARIOS } from '../src/domain/__fixtures__/personas';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

const fragment = encodeShareState(SCENARIOS.designReview);

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the topology diagram follows the colour scheme, its text readable`, async ({
    page,
    results,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/#${fragment}`);
    await results.waitUntilShown();
    const svg = page.locator('.diagram svg');
    await expect(svg).toBeVisible();
    const seen = await svg.evaluate((el) => {
      /** WCAG contrast ratio of two computed `rgb(…)` colours. */
      const luminance = (color: string): number => {
        const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string): number => {
        const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const results = getComputedStyle(document.querySelector('.results') ?? document.body);
      const background = getComputedStyle(el.querySelector('rect') ?? el).fill;
      const texts = [...el.querySelectorAll('text')].map((t) => getComputedStyle(t).fill);
      return {
        pageBackground: results.backgroundColor,
        background,
        texts: texts.length,
        worstTextContrast: Math.min(...texts.map((fill) => contrast(fill, background))),
      };
    });
    expect(seen.background).toBe(seen.pageBackground);
    expect(seen.texts).toBeGreaterThan(10);
    expect(seen.worstTextContrast).toBeGreaterThanOrEqual(4.5);
  });
}
