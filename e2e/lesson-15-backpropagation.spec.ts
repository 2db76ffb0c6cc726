import { expect, test } from '@playwright/test';

const LESSON = '/lessons/15-backpropagation';

test.describe('lesson 15: backpropagation', () => {
  test('every equation shows its live shape; values change as the network trains', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Backpropagation for one hidden layer',
    );
    await expect(page.getByTestId('shape-dW1')).toHaveText('(4, 2)');
    await expect(page.getByTestId('shape-dZ1')).toHaveText('(4, 400)');
    await expect(page.getByTestId('shape-db2')).toHaveText('(1, 1)');
    await expect(page.getByTestId('snapshot-iteration')).toHaveAttribute('data-value', '0');
    const norm = await page.getByTestId('eq-dW1').getAttribute('data-norm');
    await page.getByTestId('train').click();
    await expect
      .poll(async () =>
        Number(await page.getByTestId('snapshot-iteration').getAttribute('data-value')),
      )
      .toBeGreaterThan(50);
    await expect.poll(() => page.getByTestId('eq-dW1').getAttribute('data-norm')).not.toBe(norm);
    await page.getByTestId('pause').click();
    await expect(page.getByTestId('training-status')).toHaveText('Paused');

    // More hidden units: only the rows change.
    await page.getByTestId('hidden-units').fill('7');
    await expect(page.getByTestId('shape-dW1')).toHaveText('(7, 2)');
    await expect(page.getByTestId('shape-dW2')).toHaveText('(1, 7)');
    await expect(page).toHaveURL(/hidden=7/);
  });

  test('the gradient check agrees with backpropagation', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('step').click();
    await page.getByTestId('gradient-check-run').click();
    const result = page.getByTestId('gradient-check-result');
    await expect(result).toHaveAttribute('data-verdict', /great|ok/);
    expect(Number(await result.getAttribute('data-value'))).toBeLessThan(1e-6);

    // A far too coarse nudge does worse.
    await page.getByTestId('gradient-check-epsilon').selectOption('1e-3');
    await page.getByTestId('gradient-check-run').click();
    await expect(result).toContainText('ε = 0.001');
    expect(Number(await result.getAttribute('data-value'))).toBeGreaterThan(1e-7);
    await expect(page).toHaveURL(/eps=1e-3/);
  });
});
