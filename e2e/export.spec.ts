import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.describe('export', () => {
  test('a plot downloads as a PNG that opens and as a standalone SVG', async ({ page }) => {
    await page.goto('/lessons/02-logistic-regression');
    await expect(page.getByTestId('decision-line')).toHaveAttribute('x1', /\d/);
    await page.getByTestId('export').locator('summary').click();
    const heatmapRow = page.getByTestId('export').locator('li').filter({ hasText: 'Scatter plot' });
    await expect(heatmapRow).toHaveCount(1);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      heatmapRow.getByTestId('export-png').click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^02-logistic-regression-plot-\d+\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // It opens: the browser decodes it at twice the plot's size, with colour in it.
    const decoded = await page.evaluate(async (base64) => {
      const image = await createImageBitmap(
        await (await fetch(`data:image/png;base64,${base64}`)).blob(),
      );
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: image.width, height: image.height, colours: colours.size };
    }, bytes.toString('base64'));
    expect(decoded.width).toBeGreaterThan(400);
    expect(decoded.colours).toBeGreaterThan(20);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      heatmapRow.getByTestId('export-svg').click(),
    ]);
    const markup = readFileSync((await svg.path())!, 'utf8');
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(markup).toContain('<circle');
    expect(markup).toContain('data:image/png;base64,'); // the heatmap canvas, embedded
    expect(markup).not.toContain('var(--');
  });
});
