/**
 * Where keyboard focus goes (issue #14, "A page you can find your way in"): never under the sticky
 * Back / Next bar on a phone, and onto the recommendation after "See results".
 */
import type { Page } from '@playwright/test';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import type { StepId } from '../src/domain/questionnaire/step-order';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

/** The focused element: what kind of control it is, and whether anything covers it. */
type Focused = {
  readonly name: string;
  readonly kind: string | null;
  /** Some part of it (top, middle or bottom) is off screen or under another element. */
  readonly covered: boolean;
  readonly isNext: boolean;
};

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) {
      return { name: '', kind: null, covered: false, isNext: false };
    }
    const name = (
      el.getAttribute('aria-label') ??
      (el.id === '' ? null : document.querySelector(`label[for="${CSS.escape(el.id)}"]`))
        ?.textContent ??
      el.textContent
    ).trim();
    // A control is drawn by itself or by its label (the option cards are labels).
    const labels = el instanceof HTMLInputElement && el.labels !== null ? [...el.labels] : [];
    const parts: Element[] = [el, ...labels];
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const covered = [box.top + 2, box.top + box.height / 2, box.bottom - 2].some((y) => {
      const hit = document.elementFromPoint(x, y);
      return hit === null || !parts.some((part) => part.contains(hit));
    });
    const kind =
      el instanceof HTMLInputElement && el.type === 'checkbox' && el.name === 'sodTeams'
        ? 'team checkbox'
        : /^Move .+ up$/.test(name)
          ? 'Move up'
          : name.startsWith('Remove ')
            ? 'Remove'
            : name === 'High volume'
              ? 'High volume'
              : null;
    return { name, kind, covered, isNext: name.startsWith('Next') };
  });

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('keyboard focus is never hidden under the sticky Back / Next bar', async ({
    page,
    wizard,
  }) => {
    const fragment = encodeShareState(PERSONAS.threeTeamsNinePipelines);
    const kinds = new Set<string>();
    for (const step of ['projects', 'compliance', 'compute'] satisfies StepId[]) {
      await page.goto(`/#${fragment}&view=${step}`);
      await wizard.expectStep(step);
      // From the top of the page to the bar's Next button, one Tab at a time.
      for (let stop = 0; stop < 300; stop++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        expect(now.covered, `${step}: "${now.name}" is covered`).toBe(false);
        if (now.kind !== null) kinds.add(now.kind);
        if (now.isNext) break;
      }
    }
    expect([...kinds].sort()).toEqual(['High volume', 'Move up', 'Remove', 'team checkbox']);
  });
});

test('after "See results" the focus is on the recommendation', async ({ page, wizard }) => {
  const fragment = encodeShareState(PERSONAS.regulatedTeam);
  await page.goto(`/#${fragment}&view=priorities`);
  await wizard.expectStep('priorities');
  await page.getByRole('button', { name: 'Next: see results' }).press('Enter');
  await expect(page.getByTestId('ranking')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Recommendation' })).toBeFocused();
});

test('a link that opens on the results leaves the focus at the top of the page', async ({
  page,
  results,
}) => {
  await page.goto(`/#${encodeShareState(PERSONAS.regulatedTeam)}`);
  await results.waitUntilShown();
  await expect(page.getByRole('heading', { level: 2, name: 'Recommendation' })).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});
