import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Every page, in both themes and both languages, audited with axe: no serious or critical findings. */
const PAGES = ['/', '/lessons/02-logistic-regression', '/lessons/13-activation-functions'];

for (const path of PAGES) {
  for (const variant of [
    { theme: 'light', locale: 'en' },
    { theme: 'dark', locale: 'ko' },
  ] as const) {
    test(`axe finds no serious or critical issue on ${path} (${variant.theme}, ${variant.locale})`, async ({
      page,
    }) => {
      await page.addInitScript((preferences) => {
        localStorage.setItem('neural-notebook:preferences@1', JSON.stringify(preferences));
      }, variant);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        ),
      ).toEqual([]);
    });
  }
}
