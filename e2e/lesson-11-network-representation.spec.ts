import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/11-network-representation';

const node = (page: Page, layer: number, unit: number) =>
  page.locator(`[data-testid="network-node"][data-layer="${layer}"][data-unit="${unit}"]`);
const matrix = (page: Page, id: string) =>
  page.locator(`[data-testid="matrix"][data-matrix="${id}"]`);
const cell = (page: Page, id: string, row: number, col: number) =>
  matrix(page, id).locator(`[data-testid="matrix-cell"][data-row="${row}"][data-col="${col}"]`);

test.describe('lesson 11: neural network representation', () => {
  test('renders the diagram, the matrices with their shapes and the math', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Neural network representation',
    );
    await expect(page.getByTestId('network-node')).toHaveCount(3 + 4 + 1);
    await expect(matrix(page, 'W1').getByTestId('matrix-shape')).toHaveText('(4, 3)');
    await expect(matrix(page, 'b1').getByTestId('matrix-shape')).toHaveText('(4, 1)');
    await expect(matrix(page, 'W2').getByTestId('matrix-shape')).toHaveText('(1, 4)');
    await expect(page.locator('.katex-error')).toHaveCount(0);
  });

  test('hovering a hidden node highlights its row of W[1], its edges and its equation', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await node(page, 1, 2).hover();
    await expect(node(page, 1, 2)).toHaveAttribute('data-selected', 'true');
    for (let col = 0; col < 3; col++) {
      await expect(cell(page, 'W1', 2, col)).toHaveAttribute('data-highlighted', 'true');
      await expect(cell(page, 'W1', 1, col)).toHaveAttribute('data-highlighted', 'false');
    }
    await expect(cell(page, 'b1', 2, 0)).toHaveAttribute('data-highlighted', 'true');
    await expect(cell(page, 'z1', 2, 0)).toHaveAttribute('data-highlighted', 'true');
    const into = page.locator('[data-testid="network-edge"][data-layer="1"][data-to="2"]');
    await expect(into).toHaveCount(3);
    for (const edge of await into.all())
      await expect(edge).toHaveAttribute('data-highlighted', 'true');
    await expect(
      page.locator('[data-testid="network-edge"][data-layer="1"][data-to="0"]').first(),
    ).toHaveAttribute('data-highlighted', 'false');
    // The equation's z is the engine's z[1]_3, the same number the matrix prints.
    const readout = page.getByTestId('unit-equation');
    await expect(readout).toHaveAttribute('data-unit', '2');
    const z = await cell(page, 'z1', 2, 0).getAttribute('data-value');
    await expect(readout).toHaveAttribute('data-z', z!);
    await expect(readout).toContainText('z[1]_3 =');
  });

  test('the nodes are reachable by keyboard and the arrow keys move between them', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await node(page, 1, 0).focus();
    await page.keyboard.press('ArrowDown');
    await expect(node(page, 1, 1)).toBeFocused();
    await expect(cell(page, 'W1', 1, 0)).toHaveAttribute('data-highlighted', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(node(page, 0, 1)).toBeFocused();
    // an input lights its column of W[1]
    await expect(cell(page, 'W1', 3, 1)).toHaveAttribute('data-highlighted', 'true');
    await expect(cell(page, 'W1', 3, 0)).toHaveAttribute('data-highlighted', 'false');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(node(page, 2, 0)).toBeFocused();
    await expect(cell(page, 'W2', 0, 3)).toHaveAttribute('data-highlighted', 'true');
    await expect(page).toHaveURL(new RegExp(`${LESSON}`)); // the pager did not move
  });

  test('changing the sizes reshapes everything and goes into the URL', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByTestId('select-nx').selectOption('5');
    await page.getByTestId('select-n1').selectOption('2');
    await expect(matrix(page, 'W1').getByTestId('matrix-shape')).toHaveText('(2, 5)');
    await expect(matrix(page, 'W2').getByTestId('matrix-shape')).toHaveText('(1, 2)');
    await expect(page.getByTestId('network-node')).toHaveCount(5 + 2 + 1);
    await expect(page).toHaveURL(/nx=5/);
    await expect(page).toHaveURL(/n1=2/);
  });

  test('a link restores the sizes; a malformed one falls back with a notice', async ({ page }) => {
    await page.goto(`${LESSON}?nx=2&n1=6&ex=3`);
    await expect(matrix(page, 'W1').getByTestId('matrix-shape')).toHaveText('(6, 2)');
    await expect(page.getByTestId('select-ex')).toHaveValue('3');
    await page.goto(`${LESSON}?n1=99`);
    await expect(page.getByTestId('link-notice')).toContainText('n1');
    await expect(matrix(page, 'W1').getByTestId('matrix-shape')).toHaveText('(4, 3)');
  });
});
