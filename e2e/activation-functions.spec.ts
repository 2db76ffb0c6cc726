import { expect, test } from '@playwright/test';

const LESSON = '/lessons/13-activation-functions';
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

test.describe('lesson 13: activation functions', () => {
  test('shows one plot per function with its equations', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activation functions');
    const plots = page.getByTestId('activation-plot');
    await expect(plots).toHaveCount(4);
    for (const name of ['sigmoid', 'tanh', 'relu', 'leaky-relu']) {
      await expect(
        page.locator(`[data-testid="activation-plot"][data-activation="${name}"]`),
      ).toBeVisible();
    }
    expect(await page.locator('.katex').count()).toBeGreaterThan(8);
    await expect(page.locator('.katex-error')).toHaveCount(0);
  });

  test('the z slider moves by keyboard and the read-outs follow the functions', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const plot = page.locator('[data-testid="activation-plot"][data-activation="sigmoid"]');
    const slider = plot.getByTestId('z-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '1.1');
    const value = async (testId: string, where = plot) =>
      Number(await where.getByTestId(testId).getAttribute('data-value'));
    await expect.poll(() => value('readout-g')).toBeCloseTo(sigmoid(1.1), 6);
    await expect.poll(() => value('readout-dg')).toBeCloseTo(sigmoid(1.1) * (1 - sigmoid(1.1)), 6);
    // The z is shared: tanh's read-out answers to the same z.
    const tanh = page.locator('[data-testid="activation-plot"][data-activation="tanh"]');
    await expect.poll(() => value('readout-g', tanh)).toBeCloseTo(Math.tanh(1.1), 6);
    await expect(page).toHaveURL(/[?&]z=1\.1/);
  });

  test('a link with z opens at that z; a malformed z falls back to 0', async ({ page }) => {
    await page.goto(`${LESSON}?z=-2`);
    const relu = page.locator('[data-testid="activation-plot"][data-activation="relu"]');
    await expect(relu.getByTestId('readout-g')).toHaveAttribute('data-value', '0');
    await expect(relu.getByTestId('readout-dg')).toHaveAttribute('data-value', '0');
    await page.goto(`${LESSON}?z=oops`);
    const sig = page.locator('[data-testid="activation-plot"][data-activation="sigmoid"]');
    await expect(sig.getByTestId('readout-g')).toHaveAttribute('data-value', '0.5');
  });

  test('dragging with the pointer moves z', async ({ page }) => {
    await page.goto(LESSON);
    const plot = page.locator('[data-testid="activation-plot"][data-activation="tanh"]');
    const svg = plot.locator('svg').first();
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => Number(await plot.getByTestId('z-slider').getAttribute('aria-valuenow')))
      .toBeGreaterThan(1);
  });
});
