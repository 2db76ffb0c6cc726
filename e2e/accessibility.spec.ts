import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { seriousFindings } from './support/axe.ts';

/**
 * Every page audited with axe — no serious or critical findings — on a desktop in the
 * light theme and English, and on a phone in the dark theme and Korean. The lessons are
 * read from app/lessons/, so a new lesson is audited without touching this file.
 */
const lessons = readdirSync(new URL('../app/lessons/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
  .map((entry) => `/lessons/${entry.name}`);

const variants = [
  { theme: 'light', locale: 'en', viewport: { width: 1440, height: 900 } },
  { theme: 'dark', locale: 'ko', viewport: { width: 390, height: 844 } },
] as const;

for (const variant of variants) {
  test.describe(`${variant.theme}, ${variant.locale}, ${variant.viewport.width} px`, () => {
    test.use({ viewport: variant.viewport });
    for (const path of ['/', ...lessons]) {
      test(`axe: no serious or critical issue on ${path}`, async ({ page }) => {
        await page.addInitScript(
          (preferences) => {
            localStorage.setItem('neural-notebook:preferences@1', JSON.stringify(preferences));
          },
          { theme: variant.theme, locale: variant.locale },
        );
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(await seriousFindings(page)).toEqual([]);
      });
    }
  });
}
