import { separableCsv } from './support/csv-files.ts';
import { expect, test } from '@playwright/test';

const LESSON = '/lessons/17-planar-data-classification';

test.describe('lesson 17: planar data classification', () => {
  test('shows the flower under eight models before any training', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planar data classification');
    await expect(page.locator('.katex-display').first()).toBeVisible();
    const cells = page.getByTestId('sweep-cell');
    await expect(cells).toHaveCount(8);
    await expect(cells.first().locator('circle.point')).toHaveCount(400);
    await expect(page.getByTestId('sweep-row')).toHaveCount(8);
    await expect(page.getByTestId('sweep-run')).toBeEnabled();
  });

  test('a short sweep trains every model in the worker and fills boundaries and table', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?iterations=600`);
    await expect(page.getByTestId('sweep-iterations')).toHaveValue('600');
    const logistic = page.locator('[data-testid="sweep-cell"][data-model="logistic"]');
    const heatmap = logistic.getByTestId('decision-heatmap');
    await expect(heatmap).toHaveAttribute('width', '60');
    const before = await heatmap.evaluate((canvas: HTMLCanvasElement) =>
      canvas.toDataURL().slice(-200),
    );
    await page.getByTestId('sweep-run').click();
    await expect(page.getByTestId('flower-sweep')).toHaveAttribute('data-phase', 'finished', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('sweep-time')).toBeVisible();
    for (const cell of await page.getByTestId('sweep-cell').all()) {
      await expect(cell).toHaveAttribute('data-iteration', '600');
      await expect(cell.getByTestId('cell-accuracy')).toHaveText(/^\d+\.\d\d%$/);
    }
    await expect(page.getByTestId('sweep-row').first().locator('td').first()).toHaveText(/%$/);
    await expect
      .poll(() => heatmap.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL().slice(-200)))
      .not.toBe(before);
    // The exact step of reaching 90%, replayed in the worker: never for the line, soon for 50 units.
    const crossing = (model: string) =>
      page
        .locator(`[data-testid="sweep-row"][data-model="${model}"]`)
        .getByTestId('first-crossing');
    await expect(crossing('logistic')).toHaveText('not reached');
    await expect(crossing('50')).toHaveText(/^\d+$/);
    // The hidden layers beat the straight line even after a few hundred steps.
    const accuracy = async (model: string) =>
      Number(
        await page
          .locator(`[data-testid="sweep-cell"][data-model="${model}"]`)
          .getAttribute('data-accuracy'),
      );
    expect(await accuracy('20')).toBeGreaterThan(await accuracy('logistic'));
  });

  test('changing the seed draws a new flower; a malformed link falls back with a notice', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?lr=banana`);
    await expect(page.getByTestId('link-notice')).toContainText('lr');
    await expect(page.getByTestId('sweep-learning-rate')).toHaveValue('1.2');
    const first = page.getByTestId('sweep-cell').first().locator('circle.point').first();
    await expect(first).toHaveAttribute('cx', /\d/);
    const cx = await first.getAttribute('cx');
    await page.getByTestId('sweep-seed').fill('3');
    await expect.poll(() => first.getAttribute('cx')).not.toBe(cx);
    await expect(page).toHaveURL(/[?&]seed=3(&|$)/);
  });
});

test.describe('lesson 17: your own data', () => {
  test('a CSV replaces the flower under every model; a bad header is refused', async ({ page }) => {
    await page.goto('/lessons/17-planar-data-classification');
    const upload = page.getByTestId('csv-upload');
    await upload.setInputFiles({
      name: 'three.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x1,x2,x3,y\n1,2,3,0\n'),
    });
    await expect(page.getByTestId('csv-error')).toContainText('x1,x2,y');
    await upload.setInputFiles(separableCsv(40));
    await expect(page.getByTestId('csv-active')).toContainText('good.csv');
    const cells = page.getByTestId('sweep-cell');
    await expect(cells).toHaveCount(8);
    await expect(cells.first().locator('circle.point')).toHaveCount(40);
    await expect(cells.last().locator('circle.point')).toHaveCount(40);
    await page.getByTestId('csv-back').click();
    await expect(cells.first().locator('circle.point')).toHaveCount(400);
  });
});
