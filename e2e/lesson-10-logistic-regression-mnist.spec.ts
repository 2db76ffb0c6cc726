import { expect, test, type Page } from '@playwright/test';

const LESSON = '/lessons/10-logistic-regression-mnist';
/** The first visit downloads MNIST (55 MB) and builds X (784, 60000) in the worker. */
const MNIST_TIMEOUT = 120_000;

async function stepBy(page: Page, count: '10' | '100') {
  await page.getByTestId('training-controls').locator('select').first().selectOption(count);
  await page.getByTestId('step').click();
}

test.describe('lesson 10: logistic regression on MNIST', () => {
  test.setTimeout(300_000);

  test('0 vs rest: before training every digit gets ŷ = 0.5; training draws w and fixes most mistakes', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Logistic regression on MNIST, step by step',
    );
    await expect(page.getByTestId('training-status')).toHaveText('Ready', {
      timeout: MNIST_TIMEOUT,
    });
    await expect(page.getByTestId('step-look')).toContainText('60000');
    // w = 0: every prediction is 0.5, so every test 0 is a mistake and nothing else is.
    const summary = page.getByTestId('mistakes-summary');
    await expect(summary).toHaveAttribute('data-iteration', '0', { timeout: 30_000 });
    await expect(summary).toHaveAttribute('data-wrong', '980');
    const grid = page.getByTestId('mistakes-grid');
    await expect(grid.locator('li[data-digit="0"]')).toHaveCount(24);
    const untrained = Number(await page.getByTestId('test-accuracy').getAttribute('data-value'));
    expect(untrained).toBeCloseTo(1 - 980 / 10000, 6);

    await stepBy(page, '100');
    await expect(page.getByTestId('iteration')).toHaveText('100', { timeout: 120_000 });
    await expect(summary).toHaveAttribute('data-iteration', '100', { timeout: 30_000 });
    expect(Number(await summary.getAttribute('data-wrong'))).toBeLessThan(300);
    const trained = Number(await page.getByTestId('test-accuracy').getAttribute('data-value'));
    expect(trained).toBeGreaterThan(0.97);
    await expect(page.getByTestId('weight-image')).not.toHaveAttribute('data-limit', '0');
    await expect(page.getByTestId('weight-image')).toHaveAttribute(
      'aria-label',
      /Most negative weight -?\d/,
    );
    await expect
      .poll(async () => Number(await page.getByTestId('cost-curve').getAttribute('data-points')))
      .toBeGreaterThanOrEqual(100);
  });

  test('a pair task from the URL trains on two digits only; the task is kept in the link', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?task=pair&d1=3&d2=5&lr=0.5`);
    await expect(page.getByTestId('training-status')).toHaveText('Ready', {
      timeout: MNIST_TIMEOUT,
    });
    await expect(page.getByTestId('task-summary')).toContainText('3 vs 5');
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.5');
    await expect(page.getByTestId('step-look')).not.toContainText('60000');
    const summary = page.getByTestId('mistakes-summary');
    await expect(summary).toHaveAttribute('data-mtest', '1902', { timeout: 30_000 });

    await stepBy(page, '10');
    await expect(page.getByTestId('iteration')).toHaveText('10', { timeout: 60_000 });
    await expect(summary).toHaveAttribute('data-iteration', '10', { timeout: 30_000 });
    expect(
      Number(await page.getByTestId('test-accuracy').getAttribute('data-value')),
    ).toBeGreaterThan(0.85);
    const digits = await page
      .getByTestId('mistakes-grid')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-digit')));
    expect(digits.length).toBeGreaterThan(0);
    for (const digit of digits) expect(['3', '5']).toContain(digit);

    // The same digit twice is not a task.
    await page.getByTestId('digit-2').selectOption('3');
    await expect(page.getByTestId('same-digits')).toBeVisible();
    await page.getByTestId('digit-2').selectOption('8');
    await expect(page.getByTestId('task-summary')).toContainText('3 vs 8');
    await expect(page).toHaveURL(/[?&]d2=8(&|$)/);
    await expect(page.getByTestId('training-status')).toHaveText('Ready', {
      timeout: MNIST_TIMEOUT,
    });
    await expect(page.getByTestId('iteration')).toHaveText('0');
  });
});
