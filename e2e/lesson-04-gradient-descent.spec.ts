import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/04-gradient-descent';
const value = async (page: Page, id: string) =>
  Number(await page.getByTestId(id).getAttribute('data-value'));

test.describe('lesson 4: gradient descent', () => {
  test.setTimeout(120_000);

  test('shows the cost surface of MNIST 0s and 1s with contours and the start', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gradient descent');
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.getByTestId('surface-image')).toBeVisible({ timeout: 60_000 });
    expect(await page.getByTestId('contour-line').count()).toBeGreaterThan(5);
    await expect(page.getByTestId('data-summary')).toContainText('12,665');
    await expect(page.getByTestId('read-step')).toHaveAttribute('data-value', '0');
    await expect.poll(() => value(page, 'read-j')).toBeCloseTo(Math.log(2), 6);
  });

  test('Step moves down the cost; Reset returns to the start', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('descent-step')).toBeEnabled({ timeout: 60_000 });
    const J0 = await value(page, 'read-j');
    const dw = await value(page, 'read-dw');
    await page.getByTestId('descent-step').click();
    await expect(page.getByTestId('read-step')).toHaveAttribute('data-value', '1');
    // w := w - alpha dw with alpha = 20 from w = 0
    await expect.poll(() => value(page, 'read-w')).toBeCloseTo(-20 * dw, 9);
    expect(await value(page, 'read-j')).toBeLessThan(J0);
    await expect(page.getByTestId('descent-path')).toHaveAttribute('data-points', '2');
    await page.getByTestId('descent-reset').click();
    await expect(page.getByTestId('read-step')).toHaveAttribute('data-value', '0');
  });

  test('presets change alpha and the run; the diverging preset raises the notice', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('preset-good')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('preset-good').click();
    await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'good');
    await expect(page).toHaveURL(/[?&]lr=20\.4/);
    await page.getByTestId('preset-slow').click();
    await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'slow');
    await page.getByTestId('preset-diverging').click();
    await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'diverging');
    await page.getByTestId('descent-run').click();
    await expect(page.getByTestId('divergence-notice')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('read-step')).toHaveAttribute('data-value', '50', {
      timeout: 30_000,
    });
  });

  test('a typed learning rate is checked, and clicking the map moves the start', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('surface-image')).toBeVisible({ timeout: 60_000 });
    const field = page.getByTestId('learning-rate');
    await field.fill('-1');
    await expect(page.getByTestId('learning-rate-message')).toContainText('greater than 0');
    await field.fill('5');
    await expect(page).toHaveURL(/[?&]lr=5/);
    const plot = page.getByTestId('contour-plot');
    const box = (await plot.boundingBox())!;
    await plot.click({ position: { x: box.width * 0.93, y: box.height * 0.2 } });
    await expect(page).toHaveURL(/[?&]sw=/);
    await expect.poll(() => value(page, 'read-w')).toBeGreaterThan(0);
    await expect.poll(() => value(page, 'read-b')).toBeGreaterThan(0);
  });
});
