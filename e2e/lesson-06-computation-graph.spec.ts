import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/06-computation-graph';

const read = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

test.describe('lesson 6: computation graph', () => {
  test('forward then backward give the notes’ numbers', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computation graph');
    await expect(page.locator('.katex-error')).toHaveCount(0);
    // Nothing computed yet: the derivatives are hidden until Backward.
    await expect(page.getByTestId('grad-c')).not.toHaveAttribute('data-value', /./);
    await page.getByTestId('pass-forward').click();
    await expect.poll(() => read(page, 'value-J'), { timeout: 10_000 }).toBe(33);
    expect(await read(page, 'value-u')).toBe(6);
    expect(await read(page, 'value-v')).toBe(11);
    await page.getByTestId('pass-backward').click();
    await expect.poll(() => read(page, 'grad-c'), { timeout: 10_000 }).toBe(9);
    expect(await read(page, 'grad-b')).toBe(6);
    expect(await read(page, 'grad-a')).toBe(3);
    expect(await read(page, 'grad-u')).toBe(3);
    expect(await read(page, 'grad-v')).toBe(3);
    await expect(page.getByTestId('pass-status')).toContainText('Both passes are complete');
    await expect(page.locator('[data-testid="graph-node"][data-node="J"]')).toHaveAttribute(
      'data-value',
      '33',
    );
  });

  test('editing c to 4 gives dJ/db = 12; the nudge check agrees', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByTestId('pass-show-all').click();
    await page.getByTestId('input-c').fill('4');
    await expect.poll(() => read(page, 'grad-b')).toBe(12);
    expect(await read(page, 'grad-c')).toBe(9);
    expect(await read(page, 'value-J')).toBe(51);
    await page.getByTestId('nudge-b').click();
    await expect(page.getByTestId('check-b')).toContainText('51 → 51.012');
    await expect.poll(() => read(page, 'check-b')).toBeCloseTo(12, 6);
    await expect(page).toHaveURL(/[?&]c=4/);
  });

  test('every step is reachable by keyboard, and a skipped animation ends the pass', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const step = page.getByTestId('pass-step');
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pass-status')).toContainText('u = 6');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pass-status')).toContainText('J = 33');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pass-status')).toContainText('dJ/dJ = 1');
    await page.getByTestId('pass-backward').click();
    await page.getByTestId('pass-skip').click();
    await expect.poll(() => read(page, 'grad-c')).toBe(9);
  });

  test('reduced motion shows a pass at once; the nudge toggle checks every node', async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${LESSON}?a=1&b=-2&c=0.5`);
    await page.getByTestId('pass-backward').click();
    // J = 3(1 + (-2)(0.5)) = 0; dJ/db = 3c = 1.5, dJ/dc = 3b = -6, at once.
    expect(await read(page, 'value-J')).toBe(0);
    expect(await read(page, 'grad-b')).toBe(1.5);
    expect(await read(page, 'grad-c')).toBe(-6);
    await page.getByTestId('show-all-nudges').check();
    await expect.poll(() => read(page, 'check-c')).toBeCloseTo(-6, 6);
    await expect.poll(() => read(page, 'check-a')).toBeCloseTo(3, 6);
    await context.close();
  });
});
