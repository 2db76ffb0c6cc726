import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/19-hyperparameters';

async function runAndWait(page: Page) {
  await page.getByTestId('hp-run').click();
  await expect(page.getByTestId('hyperparameter-sweep')).toHaveAttribute('data-phase', 'finished', {
    timeout: 30_000,
  });
}

const runOrder = (page: Page) =>
  page
    .getByTestId('result-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-run')).join(','));

test.describe('lesson 19: hyperparameters', () => {
  test('a learning-rate sweep overlays the curves and fills a table sortable by keyboard', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?iterations=150`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyperparameters');
    await expect(page.getByTestId('hp-values')).toHaveValue('0.01, 0.1, 0.5, 1.2, 3');
    await runAndWait(page);
    const curves = page.getByTestId('overlaid-cost-curves');
    await expect(curves).toHaveAttribute('data-runs', '5');
    await expect(curves.locator('path.overlaid-curves__line')).toHaveCount(5);
    for (const path of await curves.locator('path.overlaid-curves__line').all())
      await expect(path).toHaveAttribute('d', /^M/);
    await expect(page.getByTestId('curve-legend-item')).toHaveCount(5);
    await expect(curves.locator('svg[role="img"]').first()).toHaveAttribute(
      'aria-label',
      /α = 0\.01: cost \d\.\d{4} after 150 iterations/,
    );
    await expect(page.getByTestId('result-row')).toHaveCount(5);
    expect(await runOrder(page)).toBe('1,2,3,4,5');

    // Sort by final cost with the keyboard: the smallest rate (run 1) ends highest, so last.
    const header = page.getByTestId('sort-finalCost');
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => runOrder(page)).not.toBe('1,2,3,4,5');
    expect((await runOrder(page)).split(',').at(-1)).toBe('1');
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect((await runOrder(page)).split(',')[0]).toBe('1');
    await expect(page.getByTestId('sort-run')).toHaveAttribute('aria-sort', 'none');
  });

  test('results accumulate across sweeps of another hyperparameter and can be cleared', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?iterations=100&values=0.5,1.2`);
    await runAndWait(page);
    await expect(page.getByTestId('result-row')).toHaveCount(2);
    await page.getByTestId('hp-swept').selectOption('activation');
    await expect(page.getByTestId('hp-values')).toHaveValue('tanh, relu, leaky-relu, sigmoid');
    await expect(page.getByTestId('hp-fixed-activation')).toBeDisabled();
    await expect(page).toHaveURL(/[?&]sweep=activation/);
    await page.getByTestId('hp-values').fill('tanh, relu');
    await expect(page).toHaveURL(/values=tanh%2Crelu|values=tanh,relu/);
    await runAndWait(page);
    await expect(page.getByTestId('result-row')).toHaveCount(4);
    await expect(page.getByTestId('result-value').last()).toHaveText('relu');
    await page.getByTestId('clear-results').click();
    await expect(page.getByTestId('result-row')).toHaveCount(0);
  });

  test('a diverging run is reported without breaking the plot', async ({ page }) => {
    await page.goto(`${LESSON}?iterations=200&activation=relu&values=0.5,10`);
    await runAndWait(page);
    await expect(page.getByTestId('diverged-notice')).toContainText('α = 10');
    await expect(page.locator('[data-testid="result-row"][data-diverged="true"]')).toHaveCount(1);
    await expect(page.locator('[data-testid="result-row"][data-diverged="false"]')).toHaveCount(1);
    await expect(page.locator('.overlaid-curves__cross')).toHaveCount(1);
    // The healthy run's curve is still drawn on a readable scale.
    await expect(
      page.getByTestId('overlaid-cost-curves').locator('.axis--y .tick'),
    ).not.toHaveCount(0);
  });

  test('a malformed link falls back with a notice; a bad value list blocks Run', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?values=abc&lr=fast`);
    await expect(page.getByTestId('link-notice')).toContainText('values');
    await expect(page.getByTestId('link-notice')).toContainText('lr');
    await expect(page.getByTestId('hp-values')).toHaveValue('0.01, 0.1, 0.5, 1.2, 3');
    await page.getByTestId('hp-values').fill('0.1, -2');
    await expect(page.getByTestId('hp-values-note')).toContainText('-2');
    await expect(page.getByTestId('hp-run')).toBeDisabled();
  });
});
