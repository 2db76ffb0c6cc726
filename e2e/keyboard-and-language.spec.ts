import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, testId: string, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

test.describe('keyboard only', () => {
  test('a lesson is usable with the keyboard alone, with visible focus', async ({ page }) => {
    await page.goto('/lessons/02-logistic-regression');
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    // The skip link is the first stop and jumps to the lesson.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the lesson' })).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, 'slider-b');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('value-b')).toHaveText('0.50');
    await tabTo(page, 'train');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(0);
    await tabTo(page, 'reset');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('iteration')).toHaveText('0');
    // The z marker of the sigmoid plot is a slider too.
    await page.keyboard.press('Shift+Tab');
    await page.getByTestId('z-slider').first().focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('z-slider').first()).toHaveAttribute('aria-valuenow', '5');
  });
});

test.describe('language', () => {
  test('switching language keeps the widget and its training where they were', async ({ page }) => {
    await page.goto('/lessons/02-logistic-regression?seed=21');
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('step').click();
    await page.getByTestId('step').click();
    await expect(page.getByTestId('iteration')).toHaveText('2');
    const cost = await page.getByTestId('cost').getAttribute('data-value');
    await page.getByTestId('language-ko').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('로지스틱 회귀');
    await expect(page.getByTestId('training-status')).toHaveText('일시 정지됨');
    await expect(page.getByTestId('iteration')).toHaveText('2');
    await expect(page.getByTestId('cost')).toHaveAttribute('data-value', cost!);
    await expect(page.getByTestId('seed')).toHaveValue('21');
    await page.getByTestId('language-en').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logistic regression');
    await expect(page.getByTestId('iteration')).toHaveText('2');
  });
});
