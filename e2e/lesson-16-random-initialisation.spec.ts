import { separableCsv } from './support/csv-files.ts';
import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/16-random-initialisation';

const value = async (page: Page, id: string) =>
  Number(await page.getByTestId(id).getAttribute('data-value'));

test.describe('lesson 16: random initialisation', () => {
  test('zero init keeps the hidden units identical while random init breaks symmetry', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Random initialisation');
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await expect(page.getByTestId('weights-zeros').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByTestId('spread-zeros')).toHaveText('0');
    await page.getByTestId('speed').selectOption('fast');
    await page.getByTestId('train').click();
    await expect(page.getByTestId('training-status')).toHaveText('Finished', { timeout: 30_000 });
    await expect(page.getByTestId('iteration')).toHaveText('3000');
    await expect.poll(() => value(page, 'spread-small')).toBeGreaterThan(0.5);
    expect(await value(page, 'spread-zeros')).toBe(0);
    expect(await value(page, 'accuracy-zeros')).toBeLessThan(0.6);
    expect(await value(page, 'accuracy-small')).toBeGreaterThan(0.85);
    // Large weights: tanh saturated, its mean slope far below the small run's at the start.
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('iteration')).toHaveText('0');
    await expect.poll(() => value(page, 'derivative-small')).toBeGreaterThan(0.9);
    expect(await value(page, 'derivative-large')).toBeLessThan(0.3);
    await expect
      .poll(
        async () =>
          (await page.getByTestId('overlaid-cost-curves').getAttribute('data-points')) ?? '',
      )
      .toBe('0,0,0');
  });

  test('the large scale is a setting in the link', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    const before = await value(page, 'cost-large');
    await page.getByTestId('large-scale').selectOption('30');
    await expect(page).toHaveURL(/large=30/);
    await expect.poll(() => value(page, 'cost-large')).toBeGreaterThan(before);
    await page.goto(`${LESSON}?large=abc`);
    await expect(page.getByTestId('link-notice')).toContainText('large');
  });
});

test.describe('lesson 16: your own data', () => {
  test('a CSV replaces the data of all three runs, with a way back', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('csv-upload').setInputFiles(separableCsv(30));
    await expect(page.getByTestId('csv-active')).toContainText('good.csv');
    for (const run of ['zeros', 'small', 'large'])
      await expect(page.getByTestId(`run-${run}`).locator('circle.point')).toHaveCount(30);
    // Choosing a generated data set is also a way back.
    await page.getByTestId('dataset').selectOption('moons');
    await expect(page.getByTestId('csv-active')).toHaveCount(0);
    await expect(page.getByTestId('run-small').locator('circle.point')).toHaveCount(400);
  });
});
