import { expect, test, type Page } from '@playwright/test';
import { inKorean } from './support/locale.ts';

const LESSON = '/lessons/18-deep-network-shapes';

const shape = (page: Page, layer: number, name: string) =>
  page.locator(`[data-testid="shape"][data-layer="${layer}"][data-name="${name}"]`);

test.describe('lesson 18: L-layer forward and backward', () => {
  test('the default network [3, 4, 3, 1] shows every shape by the rules', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'L-layer forward and backward',
    );
    await expect(page.getByTestId('builder-summary')).toContainText('[3, 4, 3, 1]');
    await expect(shape(page, 0, 'A')).toHaveText('(3, 5)');
    await expect(shape(page, 1, 'W')).toHaveText('(4, 3)');
    await expect(shape(page, 2, 'dW')).toHaveText('(3, 4)');
    await expect(shape(page, 2, 'db')).toHaveText('(3, 1)');
    await expect(shape(page, 3, 'dA')).toHaveText('(1, 5)');
    await expect(page.locator('.katex-error')).toHaveCount(0);
  });

  test('adding, resizing and removing layers updates the shapes and the URL', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByTestId('add-layer').click();
    await expect(page.getByTestId('builder-summary')).toContainText('L = 4');
    await expect(shape(page, 3, 'dW')).toHaveText('(3, 3)');
    await expect(shape(page, 4, 'W')).toHaveText('(1, 3)');
    await expect(page).toHaveURL(/hidden=3/);

    await page.getByTestId('size-n1').fill('6');
    await expect(shape(page, 1, 'W')).toHaveText('(6, 3)');
    await expect(shape(page, 2, 'W')).toHaveText('(3, 6)');
    await page.getByTestId('size-m').fill('40');
    await expect(shape(page, 2, 'Z')).toHaveText('(3, 40)');
    await expect(shape(page, 2, 'W')).toHaveText('(3, 6)');

    await page.getByTestId('remove-layer-2').click();
    await expect(page.getByTestId('builder-summary')).toContainText('[3, 6, 3, 1]');
    await expect(shape(page, 2, 'W')).toHaveText('(3, 6)');
    await expect(page).toHaveURL(/n1=6/);
    await expect(page).toHaveURL(/m=40/);
    await expect(page).not.toHaveURL(/hidden=3/); // two hidden layers is the default: left out

    // the link restores the network
    await page.reload();
    await expect(page.getByTestId('builder-summary')).toContainText('[3, 6, 3, 1]');
  });

  test('impossible sizes get the engine reason and the last table stays', async ({ page }) => {
    await page.goto(LESSON);
    await expect(shape(page, 1, 'W')).toHaveText('(4, 3)');
    await page.getByTestId('size-n1').fill('0');
    await expect(page.getByTestId('builder-error')).toContainText(
      'n[1] must be a whole number of at least 1, got 0',
    );
    await expect(shape(page, 1, 'W')).toHaveText('(4, 3)');
    await page.getByTestId('size-n1').fill('2.5');
    await expect(page.getByTestId('builder-error')).toContainText('got 2.5');
    await page.getByTestId('size-n1').fill('5000');
    await expect(page.getByTestId('builder-error')).toContainText('limit of 4096');
    await page.getByTestId('size-n1').fill('');
    await expect(page.getByTestId('builder-error')).toContainText('n[1] is empty');
    await page.getByTestId('size-n1').fill('7');
    await expect(page.getByTestId('builder-error')).toHaveCount(0);
    await expect(shape(page, 1, 'W')).toHaveText('(7, 3)');
  });

  test('a hand-typed W that does not fit is refused with both shapes and the rule', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await page.getByTestId('edit-toggle').check();
    await page.getByTestId('edit-layer').selectOption('2');
    await expect(page.getByTestId('edit-result')).toHaveAttribute('data-fits', 'true');
    await page.getByTestId('edit-rows').fill('4');
    await page.getByTestId('edit-cols').fill('3');
    const result = page.getByTestId('edit-result');
    await expect(result).toHaveAttribute('data-fits', 'false');
    const message = page.getByTestId('edit-message');
    await expect(message).toContainText('W[2] is (4, 3)');
    await expect(message).toContainText('(3, 4)');
    await expect(page.getByTestId('edit-rule')).toHaveText('W[2] must be (n[2], n[1]) = (3, 4)');
    await expect(shape(page, 2, 'W')).toHaveAttribute('data-marked', 'refused');
    await expect(page).toHaveURL(/edit=W/);

    await page.getByTestId('edit-param').selectOption('b');
    await page.getByTestId('edit-cols').fill('2');
    await expect(page.getByTestId('edit-message')).toContainText('b[2] is (3, 2)');
    await expect(page.getByTestId('edit-rule')).toHaveText('b[2] must be (n[2], 1) = (3, 1)');
  });
});

test.describe('lesson 18 in Korean', () => {
  test("the engine's refusals are worded in Korean", async ({ page }) => {
    await inKorean(page);
    await page.goto(LESSON);
    await expect(shape(page, 1, 'W')).toHaveText('(4, 3)');
    await page.getByTestId('size-n1').fill('0');
    await expect(page.getByTestId('builder-error')).toContainText(
      'n[1]은(는) 1 이상의 정수여야 하는데 0입니다',
    );
    await page.getByTestId('size-n1').fill('5000');
    await expect(page.getByTestId('builder-error')).toContainText('한도 4096를 넘습니다');
    await page.getByTestId('size-n1').fill('4');
    await expect(page.getByTestId('builder-error')).toHaveCount(0);
    await page.getByTestId('edit-toggle').check();
    await page.getByTestId('edit-layer').selectOption('2');
    await page.getByTestId('edit-rows').fill('4');
    await page.getByTestId('edit-cols').fill('3');
    await expect(page.getByTestId('edit-message')).toHaveText(
      'W[2]의 모양은 (4, 3)인데 층 크기에 따르면 (3, 4)여야 합니다: W[l]은 (n[l], n[l-1])',
    );
  });
});
