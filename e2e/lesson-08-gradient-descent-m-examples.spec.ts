import { expect, test } from '@playwright/test';

const LESSON = '/lessons/08-gradient-descent-m-examples';

test.describe('lesson 8: gradient descent on m examples', () => {
  test('steps through the loop line by line, with the accumulators and the current example', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Gradient descent on m examples',
    );
    await expect(page.locator('.katex-display').first()).toBeVisible();
    const stepper = page.getByTestId('loop-stepper');
    // Default m = 6: 1 + 6 (5 + 2) + 3 = 46 lines.
    await expect(page.getByTestId('loop-position')).toHaveText('Line 1 of 46');
    await expect(stepper.locator('li[aria-current="step"]')).toHaveAttribute('data-row', 'init');
    await expect(page.getByTestId('acc-J')).toHaveAttribute('data-value', '0');

    await page.getByTestId('loop-next').click();
    await expect(stepper.locator('li[aria-current="step"]')).toHaveAttribute('data-row', 'z');
    await expect(page.getByTestId('loop-table').locator('tbody tr').first()).toHaveAttribute(
      'data-status',
      'current',
    );
    await expect(page.getByTestId('loop-scatter')).toHaveAttribute('data-current', '1');

    // Keyboard: ArrowRight runs the next lines while a control has focus.
    await page.getByTestId('loop-next').focus();
    await page.keyboard.press('ArrowRight'); // a
    await page.keyboard.press('ArrowRight'); // J
    await expect(stepper.locator('li[aria-current="step"]')).toHaveAttribute('data-row', 'J');
    await expect
      .poll(async () => Number(await page.getByTestId('acc-J').getAttribute('data-value')))
      .toBeGreaterThan(0);
    await expect(page).toHaveURL(/\/lessons\/08-gradient-descent-m-examples/);

    await page.getByTestId('loop-next-example').click();
    await expect(page.getByTestId('loop-position')).toHaveAttribute('data-line', 'db');
    await expect
      .poll(async () => Number(await page.getByTestId('acc-db').getAttribute('data-value')))
      .not.toBe(0);
    await expect(page.getByTestId('loop-comparison')).toHaveAttribute('data-state', 'waiting');

    await page.getByTestId('loop-run-to-end').click();
    await expect(page.getByTestId('loop-position')).toHaveText('Line 46 of 46');
    await expect(page.getByTestId('loop-comparison')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('loop-comparison')).toHaveAttribute('data-exact', 'true');
    const difference = Number(
      await page.getByTestId('loop-comparison').getAttribute('data-max-difference'),
    );
    expect(difference).toBeLessThan(1e-5);
    await expect(page.getByTestId('boundary-after')).toBeVisible();
    await expect(page).toHaveURL(/[?&]step=45(&|$)/);

    await page.getByTestId('loop-previous').focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('loop-position')).toHaveText('Line 1 of 46');
  });

  test('m and the step come from the link; changing m changes the table and the trace', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?m=10&step=8`);
    await expect(page.getByTestId('loop-position')).toHaveText('Line 9 of 74');
    await expect(page.getByTestId('loop-table').locator('tbody tr')).toHaveCount(10);
    await expect(page.getByTestId('loop-scatter')).toHaveAttribute('data-current', '2');
    await page.getByTestId('loop-m').fill('4');
    await expect(page.getByTestId('loop-table').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByTestId('loop-position')).toHaveText('Line 1 of 32');
    await expect(page).toHaveURL(/[?&]m=4(&|$)/);
  });

  test('a malformed link falls back with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?m=99&seed=abc`);
    await expect(page.getByTestId('link-notice')).toContainText('m, seed');
    await expect(page.getByTestId('loop-table').locator('tbody tr')).toHaveCount(6);
  });
});
