import { expect, test } from '@playwright/test';

test.describe('presentation mode', () => {
  test('P turns it on; arrows and Page Down step through widgets and lessons; space trains', async ({
    page,
  }) => {
    await page.goto('/lessons/02-logistic-regression');
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.locator('h1').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
    await expect(page).toHaveURL(/present=1/);
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
    await expect(page.getByTestId('present-step')).toHaveText('Step 1 of 2');
    await expect(page.getByTestId('activation-explorer')).toBeVisible();
    await expect(page.getByTestId('logistic-regression-lab')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-step')).toHaveText('Step 2 of 2');
    await expect(page.getByTestId('logistic-regression-lab')).toBeVisible();
    await expect(page.getByTestId('activation-explorer')).toBeHidden();
    // Its key equation is shown beside it.
    await expect(page.locator('.lesson__body > [data-present="equation"]')).toBeVisible();
    await page.keyboard.press(' ');
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(0);
    await page.getByTestId('present-reset').click();
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('present-step')).toHaveText('Step 1 of 2');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/\/lessons\/(?!02-)[^?]+\?present=1/);
    await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveAttribute('data-presenting', 'true');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  });

  test('a link with present=1 and step opens the lesson projected at that step', async ({
    page,
  }) => {
    await page.goto('/lessons/02-logistic-regression?present=1&step=1&lr=0.3');
    await expect(page.getByTestId('present-step')).toHaveText('Step 2 of 2');
    await expect(page.getByTestId('logistic-regression-lab')).toBeVisible();
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.3');
    await page.getByTestId('present-train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(0);
    await page.getByTestId('present-exit').click();
    await expect(page).not.toHaveURL(/present=1/);
  });

  test('Share copies the link with the current settings', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/lessons/02-logistic-regression?seed=11');
    await page.getByTestId('share').click();
    await expect(page.getByTestId('share-status')).toContainText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('/lessons/02-logistic-regression?seed=11');
  });
});
