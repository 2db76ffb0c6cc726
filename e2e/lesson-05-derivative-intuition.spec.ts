import { expect, test, type Locator } from '@playwright/test';

const LESSON = '/lessons/05-derivative-intuition';

const value = async (locator: Locator) => Number(await locator.getAttribute('data-value'));

test.describe('lesson 5: derivative intuition', () => {
  test('the notes’ first example: a² at a = 2 nudged by 0.001', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Derivative intuition');
    await expect(page.locator('.katex-error')).toHaveCount(0);
    const widget = page.getByTestId('derivative-intuition');
    await expect(widget.getByTestId('readout-fa')).toHaveText('4.000000');
    await expect(widget.getByTestId('readout-fa-nudged')).toHaveText('4.004001');
    await expect(widget.getByTestId('readout-ratio')).toHaveText('4.001000');
    await expect(widget.getByTestId('readout-exact')).toHaveText('4.000000');
    await expect(widget.getByTestId('readout-difference')).toHaveText('0.001000');
  });

  test('typing a = 5 gives 25 -> 25.010 and slope 10', async ({ page }) => {
    await page.goto(LESSON);
    const a = page.getByTestId('a-input');
    await a.fill('5');
    await expect.poll(() => value(page.getByTestId('readout-fa-nudged'))).toBeCloseTo(25.010001, 9);
    await expect.poll(() => value(page.getByTestId('readout-exact'))).toBe(10);
    await expect(page).toHaveURL(/[?&]a=5/);
  });

  test('other functions: a³ at 2 has slope 12, ln at 2 goes 0.69315 -> 0.69365', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await page.getByTestId('function-cube').check();
    await expect.poll(() => value(page.getByTestId('readout-exact'))).toBe(12);
    await expect.poll(() => value(page.getByTestId('readout-fa-nudged'))).toBeCloseTo(8.012, 3);
    await page.getByTestId('function-log').check();
    await expect.poll(() => value(page.getByTestId('readout-fa'))).toBeCloseTo(0.69315, 5);
    await expect.poll(() => value(page.getByTestId('readout-fa-nudged'))).toBeCloseTo(0.69365, 5);
    await expect.poll(() => value(page.getByTestId('readout-exact'))).toBe(0.5);
    await page.getByTestId('function-linear').check();
    await expect(page.getByTestId('verdict')).toContainText('rounding only');
  });

  test('a smaller nudge shrinks the difference; a bad nudge is refused with a message', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await page.getByTestId('nudge-shrink').click();
    await expect.poll(() => value(page.getByTestId('readout-difference'))).toBeCloseTo(0.0001, 8);
    await expect(page).toHaveURL(/nudge=0\.0001/);
    const nudge = page.getByTestId('nudge-input');
    await nudge.fill('-1');
    await expect(nudge).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('larger than 0');
    // The last good nudge stays in effect.
    await expect.poll(() => value(page.getByTestId('readout-difference'))).toBeCloseTo(0.0001, 8);
  });

  test('a moves by keyboard and by dragging the curve', async ({ page }) => {
    await page.goto(LESSON);
    const slider = page.getByTestId('a-slider');
    await slider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '3');
    await expect.poll(() => value(page.getByTestId('readout-exact'))).toBe(6);
    const svg = page.getByTestId('derivative-main-plot').locator('svg.derivative-plot__svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
      .toBeLessThan(1);
  });

  test('a link sets f, a and nudge; a malformed value falls back with a notice', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?f=cube&a=1&nudge=0.01`);
    await expect.poll(() => value(page.getByTestId('readout-exact'))).toBe(3);
    await expect(page.getByTestId('function-cube')).toBeChecked();
    await page.goto(`${LESSON}?f=sine&a=2`);
    await expect(page.getByTestId('link-notice')).toBeVisible();
    await expect(page.getByTestId('function-square')).toBeChecked();
  });
});
