import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/07-logistic-regression-derivatives';
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const read = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

test.describe('lesson 7: logistic regression derivatives', () => {
  test('the graph’s backward pass gives dz = a − y, dw = x dz, db = dz', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Logistic regression derivatives',
    );
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await page.getByTestId('pass-show-all').click();
    const a = sigmoid(0.2);
    await expect.poll(() => read(page, 'value-a')).toBeCloseTo(a, 12);
    expect(await read(page, 'value-L')).toBeCloseTo(-Math.log(a), 12);
    expect(await read(page, 'grad-z')).toBeCloseTo(a - 1, 12);
    expect(await read(page, 'grad-w1')).toBeCloseTo(2 * (a - 1), 12);
    expect(await read(page, 'grad-w2')).toBeCloseTo(-(a - 1), 12);
    expect(await read(page, 'grad-b')).toBeCloseTo(a - 1, 12);
    expect(await read(page, 'chain-product')).toBeCloseTo(await read(page, 'chain-direct'), 12);
  });

  test('editing x1 and y changes the derivatives; the nudge confirms dw1', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByTestId('pass-show-all').click();
    await page.getByTestId('input-x1').fill('3');
    await page.getByTestId('input-y-0').check();
    const a = sigmoid(0.3 * 3 - 0.5 + 0.1);
    await expect.poll(() => read(page, 'grad-z')).toBeCloseTo(a, 12);
    expect(await read(page, 'grad-w1')).toBeCloseTo(3 * a, 12);
    expect(await read(page, 'chain-direct')).toBeCloseTo(a, 12);
    await page.getByTestId('nudge-w1').click();
    await expect.poll(() => read(page, 'check-w1')).toBeCloseTo(3 * a, 2);
    await expect(page).toHaveURL(/x1=3/);
    await expect(page).toHaveURL(/y=0/);
  });

  test('one step of gradient descent lowers the loss, and the step can be taken', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const before = await read(page, 'gd-loss-before');
    const after = await read(page, 'gd-loss-after');
    expect(after).toBeLessThan(before);
    await page.getByTestId('gd-apply').click();
    await expect.poll(() => read(page, 'gd-loss-before')).toBeCloseTo(after, 9);
    await expect(page.getByTestId('gd-history')).toContainText('→');
    await expect(page.getByTestId('input-w1')).not.toHaveValue('0.3');
    await page.getByTestId('gd-restart').click();
    await expect(page.getByTestId('input-w1')).toHaveValue('0.3');
  });

  test('a link sets the example; a malformed one falls back with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?x1=1&x2=1&y=0&w1=0&w2=0&b=0`);
    await page.getByTestId('pass-show-all').click();
    await expect.poll(() => read(page, 'value-a')).toBe(0.5);
    expect(await read(page, 'grad-z')).toBe(0.5);
    await page.goto(`${LESSON}?y=2`);
    await expect(page.getByTestId('link-notice')).toBeVisible();
  });
});
