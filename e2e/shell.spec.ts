import { expect, test } from '@playwright/test';

test.describe('the notebook shell', () => {
  test('lists the lessons by part and opens each from the contents', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Neural Notebook' })).toBeVisible();
    const links = page.getByTestId('lesson-link');
    await expect(
      page.locator('[data-testid="lesson-link"][href="/lessons/02-logistic-regression"]'),
    ).toHaveText(/Logistic regression/);
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await expect(
      page
        .getByRole('navigation', { name: 'Contents' })
        .getByText('Part I · Logistic regression as a neural network'),
    ).toBeVisible();
    await links.filter({ hasText: 'Activation functions' }).click();
    await expect(page).toHaveURL(/\/lessons\/13-activation-functions$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activation functions');
  });

  test('previous/next links and the arrow keys step through the lessons', async ({ page }) => {
    await page.goto('/lessons/02-logistic-regression');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logistic regression');
    const next = page.getByRole('link', { name: /Next/ });
    // The link reads "Next → <number>. <title>": the next page's heading is that title.
    const nextTitle = ((await next.textContent()) ?? '').replace(/^.*?\d+\.\s*/, '').trim();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
    const afterNext = page.url();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logistic regression');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(afterNext);
  });

  test('switches theme and language, and keeps them after a reload', async ({ page }) => {
    await page.goto('/lessons/13-activation-functions');
    const html = page.locator('html');
    const before = await html.getAttribute('data-theme');
    await page.getByTestId('theme-toggle').click();
    await expect(html).not.toHaveAttribute('data-theme', before ?? '');
    await page.getByTestId('language-ko').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('활성화 함수');
    await expect(html).toHaveAttribute('lang', 'ko');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('활성화 함수');
    await expect(html).not.toHaveAttribute('data-theme', before ?? '');
  });

  test('corrupted preferences are reset with a notice, not a crash', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('neural-notebook:preferences@1', '{not json'));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await expect(page.getByTestId('lesson-link').first()).toBeVisible();
  });

  test('an unknown lesson address says so', async ({ page }) => {
    await page.goto('/lessons/99-nothing-here');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'There is no lesson at this address.',
    );
  });

  test('on a phone the contents open as a drawer', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lessons/02-logistic-regression');
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents).toBeHidden();
    await page.getByRole('button', { name: 'Show contents' }).click();
    await expect(contents).toBeVisible();
    await contents.getByTestId('lesson-link').filter({ hasText: 'Activation functions' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activation functions');
    await expect(contents).toBeHidden();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('progress', () => {
  test('visited lessons and answered questions show in the contents and can be reset', async ({
    page,
  }) => {
    await page.goto('/lessons/02-logistic-regression');
    const link = page.locator(
      '[data-testid="lesson-link"][href="/lessons/02-logistic-regression"]',
    );
    await expect(link.getByTestId('lesson-progress')).toHaveAttribute('data-answered', '0');
    await page.locator('.lesson__body > details > summary').first().click();
    await expect(link.getByTestId('lesson-progress')).toHaveAttribute('data-answered', '1');
    await page.reload();
    await expect(link.getByTestId('lesson-progress')).toHaveAttribute('data-answered', '1');
    await page.goto('/');
    await expect(page.getByTestId('progress')).toContainText('questions answered 1');
    await page.getByTestId('reset-progress').click();
    await expect(page.getByTestId('lesson-progress')).toHaveCount(0);
  });

  test('unreadable progress storage is reset with a notice', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('neural-notebook:progress@1', '[broken'));
    await page.reload();
    await expect(
      page.getByRole('status').filter({ hasText: 'progress could not be read' }),
    ).toBeVisible();
  });
});
