import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * Every page, in both themes and both languages, audited with axe: no serious or
 * critical findings. The pages are read from the table of contents, so a new lesson is
 * audited without touching this file.
 */
for (const variant of [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'ko' },
] as const) {
  test(`axe finds no serious or critical issue on any page (${variant.theme}, ${variant.locale})`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.addInitScript((preferences) => {
      localStorage.setItem('neural-notebook:preferences@1', JSON.stringify(preferences));
    }, variant);
    await page.goto('/');
    const lessons = await page
      .getByTestId('lesson-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(lessons.length).toBeGreaterThanOrEqual(2);
    const findings: string[] = [];
    for (const path of ['/', ...lessons]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
        const where = violation.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ');
        findings.push(`${path}: ${violation.id}: ${violation.help} (${where})`);
      }
    }
    expect(findings).toEqual([]);
  });
}
