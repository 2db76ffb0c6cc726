import { expect, test } from '@playwright/test';

const LESSON = '/lessons/09-vectorisation-broadcasting';

test.describe('lesson 9: vectorisation and broadcasting', () => {
  test('the race runs in the worker with progress, a plot and a table of speed-ups', async ({
    page,
  }) => {
    // Small sizes so that the race finishes quickly.
    await page.goto(`${LESSON}?nx=50&mfrom=10&mto=300&reps=1`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Vectorisation and broadcasting',
    );
    await expect(page.getByTestId('race-status')).toHaveAttribute('data-status', 'idle');
    await expect(page.getByTestId('race-plot')).toHaveAttribute('data-points', '0');
    await page.getByTestId('race-run').click();
    await expect(page.getByTestId('race-status')).toHaveAttribute('data-status', 'finished');
    await expect(page.getByTestId('race-plot')).toHaveAttribute('data-points', '4');
    await expect(page.getByTestId('race-progress')).toHaveAttribute('value', '4');
    const rows = page.getByTestId('race-table').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(3)).toHaveAttribute('data-m', '300');
    const ratio = Number(await rows.nth(3).getAttribute('data-speed-up'));
    expect(ratio).toBeGreaterThan(0);
    const difference = Number(
      await rows.nth(3).locator('td').nth(3).getAttribute('data-difference'),
    );
    expect(difference).toBeLessThan(1e-5);
    await expect(page.getByTestId('race-series-loop').locator('path')).toHaveAttribute('d', /^M/);

    // New settings clear the measurements; the URL keeps them.
    await page.getByTestId('race-mto').selectOption('100');
    await expect(page.getByTestId('race-plot')).toHaveAttribute('data-points', '0');
    await expect(page).toHaveURL(/[?&]mto=100(&|$)/);
  });

  test('the broadcasting explorer gives a shape or numpy’s error', async ({ page }) => {
    await page.goto(LESSON);
    const verdict = page.getByTestId('broadcast-result');
    await expect(verdict).toHaveAttribute('data-shape', '(2,3)');
    await expect(page.getByTestId('broadcast-output')).toHaveAttribute('data-shape', '(2,3)');
    await expect(page.getByTestId('broadcast-stretched').locator('td.is-copy')).toHaveCount(4);

    await page.getByTestId('broadcast-right').selectOption('mxn');
    await expect(verdict).toHaveAttribute('data-ok', 'false');
    await expect(page.getByTestId('broadcast-error')).toContainText(
      'operands could not be broadcast together with shapes (2,3) (3,2)',
    );
    await expect(page).toHaveURL(/[?&]right=mxn(&|$)/);

    await page.getByTestId('broadcast-left').selectOption('nx1');
    await page.getByTestId('broadcast-right').selectOption('1xm');
    await expect(verdict).toHaveAttribute('data-shape', '(2,3)');
    await page.getByTestId('broadcast-n').fill('4');
    await expect(verdict).toHaveAttribute('data-shape', '(4,3)');
  });

  test('shapes come from the link, and a bad one is reported', async ({ page }) => {
    await page.goto(`${LESSON}?left=1x1&right=1xm&m=5&op=banana`);
    await expect(page.getByTestId('broadcast-result')).toHaveAttribute('data-shape', '(1,5)');
    await expect(page.getByTestId('link-notice').first()).toContainText('op');
  });
});
