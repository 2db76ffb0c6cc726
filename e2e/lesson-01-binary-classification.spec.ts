import { expect, test } from '@playwright/test';

const LESSON = '/lessons/01-binary-classification';
/** The first visit downloads MNIST (55 MB) into the worker. */
const MNIST_TIMEOUT = 120_000;

test.describe('lesson 1: binary classification and notation', () => {
  test.setTimeout(180_000);

  test('real MNIST digits become columns of X, with live shapes and labels', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Binary classification and notation',
    );
    await expect(page.getByTestId('candidate-0')).toBeVisible({ timeout: MNIST_TIMEOUT });
    // The default picks the first eight training images; the target digit is 3.
    await expect(page.getByTestId('x-shape')).toHaveText('X.shape = (784, 8)');
    await expect(page.getByTestId('y-shape')).toHaveText('Y.shape = (1, 8)');
    await expect(page.getByTestId('x-matrix')).toHaveAttribute('data-columns', '8');
    await expect(page.getByTestId('candidate-0')).toHaveAttribute('data-digit', '5');
    const y = await page.getByTestId('y-vector').textContent();

    // Adding a ninth image (by keyboard) adds a column to X and an entry to Y.
    await page.getByTestId('candidate-8').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('candidate-8')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('x-shape')).toHaveText('X.shape = (784, 9)');
    await expect(page.getByTestId('y-shape')).toHaveText('Y.shape = (1, 9)');
    await expect(page.getByTestId('x-matrix')).toHaveAttribute('data-columns', '9');
    await expect(page).toHaveURL(/[?&]pick=511(&|$)/);

    // A different target digit rewrites Y (the first image is a 5), never X.
    await page.getByTestId('target-digit').selectOption('5');
    await expect(page.getByTestId('y-vector')).not.toHaveText(y!);
    await expect(page.getByTestId('y-vector')).toHaveText(/^Y = \[1, /);
    await expect(page.getByTestId('x-shape')).toHaveText('X.shape = (784, 9)');

    // The traced row moves along the column: row r is entries 28(r - 1) + 1 .. 28 r.
    await page.getByTestId('trace-row').fill('1');
    await expect(page.getByTestId('trace-sentence')).toContainText('1–28');
    await expect(page.getByTestId('row-values')).toHaveText(/^0\.00( 0\.00){27}$/);
    await page.getByTestId('trace-row').fill('14');
    await expect(page.getByTestId('trace-sentence')).toContainText('365–392');
    await expect(page.getByTestId('row-values')).not.toHaveText(/^0\.00( 0\.00){27}$/);

    // Removing every image leaves X with no columns.
    await page.getByTestId('clear').click();
    await expect(page.getByTestId('x-shape')).toHaveText('X.shape = (784, 0)');
    await expect(page.getByTestId('empty-x')).toBeVisible();
  });

  test('a link restores the chosen images and a malformed field is reported', async ({ page }) => {
    await page.goto(`${LESSON}?start=16&pick=3&target=7&seed=abc`);
    await expect(page.getByTestId('candidate-0')).toBeVisible({ timeout: MNIST_TIMEOUT });
    await expect(page.getByTestId('candidate-range')).toHaveText('Training images 16–31');
    await expect(page.getByTestId('x-shape')).toHaveText('X.shape = (784, 2)');
    await expect(page.getByTestId('target-digit')).toHaveValue('7');
    await expect(page.getByTestId('unroll-link-notice')).toContainText('seed');
    await expect(page.getByTestId('image-seed')).toHaveValue('7');
  });

  test('the colour picture unrolls into 64 × 64 × 3 = 12288 numbers', async ({ page }) => {
    await page.goto(LESSON);
    const arithmetic = page.getByTestId('unroll-arithmetic');
    await expect(arithmetic).toHaveAttribute('data-nx', '12288');
    await expect(arithmetic).toContainText('12288');
    const red = await page.getByTestId('pixel-value-0').textContent();
    const green = await page.getByTestId('pixel-value-1').textContent();
    await page.getByTestId('new-picture').click();
    await expect(page.getByTestId('colour-picture')).not.toHaveAttribute('data-seed', '7');
    await expect
      .poll(
        async () =>
          `${await page.getByTestId('pixel-value-0').textContent()},${await page.getByTestId('pixel-value-1').textContent()}`,
      )
      .not.toBe(`${red},${green}`);
    await page.getByTestId('pixel-row').fill('1');
    await page.getByTestId('pixel-col').fill('1');
    await expect(page.getByTestId('pixel-table')).toContainText('x4097');
    await expect(page.getByTestId('pixel-table')).toContainText('x8193');
  });

  test('a failed MNIST download says so and Retry loads it', async ({ page }) => {
    await page.route('**/mnist/**', (route) => route.abort());
    await page.goto(LESSON);
    await expect(page.getByTestId('mnist-error')).toBeVisible({ timeout: MNIST_TIMEOUT });
    await page.unroute('**/mnist/**');
    await page.getByTestId('mnist-retry').click();
    await expect(page.getByTestId('candidate-0')).toBeVisible({ timeout: MNIST_TIMEOUT });
  });
});
