import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/12-vectorising-across-examples';

const matrix = (page: Page, id: string) =>
  page.locator(`[data-testid="matrix"][data-matrix="${id}"]`);
const cell = (page: Page, id: string, row: number, col: number) =>
  matrix(page, id).locator(`[data-testid="matrix-cell"][data-row="${row}"][data-col="${col}"]`);
const highlightedRows = (page: Page, id: string) =>
  matrix(page, id)
    .locator('[data-testid="matrix-cell"][data-highlighted="true"]')
    .evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-row')))]);
const highlightedCols = (page: Page, id: string) =>
  matrix(page, id)
    .locator('[data-testid="matrix-cell"][data-highlighted="true"]')
    .evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-col')))]);

test.describe('lesson 12: vectorising across examples', () => {
  test('shows every matrix with its shape', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vectorising across examples');
    const shapes: Record<string, string> = {
      W1: '(4, 3)',
      X: '(3, 5)',
      b1: '(4, 1)',
      Z1: '(4, 5)',
      A1: '(4, 5)',
      W2: '(1, 4)',
      Z2: '(1, 5)',
      A2: '(1, 5)',
    };
    for (const [id, shape] of Object.entries(shapes)) {
      await expect(matrix(page, id).getByTestId('matrix-shape')).toHaveText(shape);
    }
    await expect(page.locator('.katex-error')).toHaveCount(0);
  });

  test('a cell of Z[1] lights its row of W[1] and its column of X, with the dot product', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await cell(page, 'Z1', 2, 3).hover();
    await expect.poll(() => highlightedRows(page, 'W1')).toEqual(['2']);
    await expect.poll(() => highlightedCols(page, 'X')).toEqual(['3']);
    await expect.poll(() => highlightedRows(page, 'b1')).toEqual(['2']);
    const readout = page.getByTestId('vectorised-readout');
    await expect(readout).toHaveAttribute('data-kind', 'cell');
    const z = await cell(page, 'Z1', 2, 3).getAttribute('data-value');
    await expect(readout).toHaveAttribute('data-value', z!);
    await expect(readout).toContainText('Hidden unit 3, example 4');
  });

  test('a column of X follows one example through Z[1], A[1] and A[2]', async ({ page }) => {
    await page.goto(LESSON);
    await cell(page, 'X', 0, 1).hover();
    for (const id of ['Z1', 'A1', 'Z2', 'A2']) {
      await expect.poll(() => highlightedCols(page, id)).toEqual(['1']);
    }
    await expect.poll(() => highlightedRows(page, 'W1')).toEqual([]);
    const readout = page.getByTestId('vectorised-readout');
    await expect(readout).toHaveAttribute('data-kind', 'column');
    await expect(readout).toHaveAttribute(
      'data-value',
      (await cell(page, 'A2', 0, 1).getAttribute('data-value'))!,
    );
  });

  test('keyboard: arrows move inside Z[1] and reach a row header (one unit, all examples)', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await cell(page, 'Z1', 0, 0).focus();
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Z1', 1, 0)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    const readout = page.getByTestId('vectorised-readout');
    await expect(readout).toHaveAttribute('data-kind', 'row');
    await expect(readout).toHaveAttribute('data-i', '1');
    await expect.poll(() => highlightedCols(page, 'Z1')).toEqual(['0', '1', '2', '3', '4']);
    await expect.poll(() => highlightedRows(page, 'Z1')).toEqual(['1']);
    await expect(page).toHaveURL(new RegExp(LESSON));
  });

  test('changing m widens X, Z and A but not W; it goes into the URL', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByTestId('select-m').selectOption('8');
    await expect(matrix(page, 'X').getByTestId('matrix-shape')).toHaveText('(3, 8)');
    await expect(matrix(page, 'Z1').getByTestId('matrix-shape')).toHaveText('(4, 8)');
    await expect(matrix(page, 'A2').getByTestId('matrix-shape')).toHaveText('(1, 8)');
    await expect(matrix(page, 'W1').getByTestId('matrix-shape')).toHaveText('(4, 3)');
    await expect(page).toHaveURL(/m=8/);
    await page.goto(`${LESSON}?m=0`);
    await expect(page.getByTestId('link-notice')).toBeVisible();
    await expect(matrix(page, 'X').getByTestId('matrix-shape')).toHaveText('(3, 5)');
  });
});
