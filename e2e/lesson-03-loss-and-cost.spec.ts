import { expect, test } from '@playwright/test';

const LESSON = '/lessons/03-loss-and-cost';
const panel = (page: import('@playwright/test').Page, loss: string) =>
  page.locator(`[data-testid="cost-panel"][data-loss="${loss}"]`);

test.describe('lesson 3: loss and cost', () => {
  test('renders the equations, the loss explorer and both cost curves', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loss and cost');
    await expect(page.locator('.katex-display').first()).toBeVisible();
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.getByTestId('loss-curve-one')).toHaveAttribute('d', /^M/);
    await expect(panel(page, 'cross-entropy').getByTestId('cost-curve-path')).toHaveAttribute(
      'd',
      /^M/,
    );
    // computed: cross-entropy convex with one minimum; squared error not convex with two (b = 2)
    const ce = panel(page, 'cross-entropy').getByTestId('cost-summary');
    const se = panel(page, 'squared-error').getByTestId('cost-summary');
    await expect(ce).toHaveAttribute('data-convex', 'true');
    await expect(ce).toHaveAttribute('data-minima', '1');
    await expect(se).toHaveAttribute('data-convex', 'false');
    await expect(se).toHaveAttribute('data-minima', '2');
    await expect(panel(page, 'squared-error').getByTestId('cost-minimum')).toHaveCount(2);
  });

  test('the ŷ slider changes both losses', async ({ page }) => {
    await page.goto(LESSON);
    const one = page.getByTestId('loss-one');
    await expect(one).toHaveAttribute('data-value', String(-Math.log(0.8)));
    const slider = page.getByTestId('yhat-slider');
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => Number(await one.getAttribute('data-value')))
      .toBeCloseTo(-Math.log(0.7), 6);
    await expect
      .poll(async () => Number(await page.getByTestId('loss-zero').getAttribute('data-value')))
      .toBeCloseTo(-Math.log(0.3), 6);
    await expect(page).toHaveURL(/[?&]yhat=0\.7/);
  });

  test('moving b merges the squared-error valleys; moving w updates J and dJ/dw', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const se = panel(page, 'squared-error');
    await expect(se.getByTestId('cost-summary')).toHaveAttribute('data-minima', '2');
    const before = await se.getByTestId('cost-curve-path').getAttribute('d');
    await page.getByTestId('b-slider').fill('0');
    await expect(se.getByTestId('cost-summary')).toHaveAttribute('data-minima', '1');
    await expect(se.getByTestId('cost-summary')).toHaveAttribute('data-convex', 'false');
    await expect(se.getByTestId('cost-curve-path')).not.toHaveAttribute('d', before!);

    const j = panel(page, 'cross-entropy').getByTestId('cost-j');
    const jBefore = await j.getAttribute('data-value');
    const slider = page.getByTestId('w-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('w-value')).toHaveText('-6.00');
    await expect(j).not.toHaveAttribute('data-value', jBefore!);
    await expect
      .poll(async () =>
        Number(
          await panel(page, 'cross-entropy').getByTestId('cost-slope').getAttribute('data-value'),
        ),
      )
      .toBeLessThan(0);
    await expect(page).toHaveURL(/[?&]w=-6/);
  });

  test('a malformed link falls back with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?b=oops`);
    await expect(page.getByTestId('link-notice').first()).toContainText('b');
    await expect(panel(page, 'squared-error').getByTestId('cost-summary')).toHaveAttribute(
      'data-minima',
      '2',
    );
  });
});
