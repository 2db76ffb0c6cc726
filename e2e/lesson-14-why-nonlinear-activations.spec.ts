import { BAD_ROW_CSV, separableCsv } from './support/csv-files.ts';
import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/14-why-nonlinear-activations';

const value = async (page: Page, id: string) =>
  Number(await page.getByTestId(id).getAttribute('data-value'));

test.describe('lesson 14: why non-linear activations', () => {
  test('linear and tanh networks train side by side; the linear one collapses to one layer', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why non-linear activations');
    await expect(page.locator('.katex-display').first()).toBeVisible();
    await expect(page.getByTestId('run-linear').locator('circle.point')).toHaveCount(400);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('speed').selectOption('fast');
    await page.getByTestId('train').click();
    await expect(page.getByTestId('training-status')).toHaveText('Finished', { timeout: 30_000 });
    // On the flower, tanh bends around the petals; the linear network stays near chance.
    expect(await value(page, 'accuracy-tanh')).toBeGreaterThan(0.85);
    expect(await value(page, 'accuracy-linear')).toBeLessThan(0.7);
    // The collapse check catches up with the trained parameters and agrees to rounding.
    await expect(page.getByTestId('collapse-difference')).toHaveAttribute('data-iteration', '3000');
    expect(await value(page, 'collapse-difference')).toBeLessThan(1e-9);
    await expect(page.getByTestId('collapse-disagreements')).toContainText(': 0 of 400');
    await expect
      .poll(
        async () =>
          (await page.getByTestId('overlaid-cost-curves').getAttribute('data-points')) ?? '',
      )
      .toMatch(/^[1-9]\d*,[1-9]\d*$/);
  });

  test('changing the data set reconfigures both networks and goes into the link', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    const before = await value(page, 'cost-tanh');
    await page.getByTestId('dataset').selectOption('moons');
    await expect(page).toHaveURL(/dataset=moons/);
    await expect.poll(() => value(page, 'cost-tanh')).not.toBe(before);
    await page.getByTestId('step').click();
    await expect(page.getByTestId('iteration')).toHaveText('10');
  });

  test('a malformed link falls back with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?dataset=spiral&hidden=0`);
    await expect(page.getByTestId('link-notice')).toContainText('dataset');
    await expect(page.getByTestId('link-notice')).toContainText('hidden');
    await expect(page.getByTestId('hidden-units')).toHaveValue('4');
  });
});

test.describe('lesson 14: your own data', () => {
  test('a CSV replaces the data set of both networks; a bad row is named by line', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    const upload = page.getByTestId('csv-upload');
    await upload.setInputFiles(BAD_ROW_CSV);
    await expect(page.getByTestId('csv-error')).toContainText('line 4');
    await expect(page.getByTestId('csv-error')).toContainText("x2 must be a number, got 'oops'");
    await upload.setInputFiles(separableCsv(40));
    await expect(page.getByTestId('csv-active')).toContainText('good.csv');
    await expect(page.getByTestId('csv-error')).toHaveCount(0);
    await expect(page.getByTestId('run-linear').locator('circle.point')).toHaveCount(40);
    await expect(page.getByTestId('run-tanh').locator('circle.point')).toHaveCount(40);
    await page.getByTestId('step').click();
    await expect(page.getByTestId('iteration')).toHaveText('10');
    // Back to the generated flower.
    await page.getByTestId('csv-back').click();
    await expect(page.getByTestId('run-tanh').locator('circle.point')).toHaveCount(400);
  });
});
