import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { inKorean } from './support/locale.ts';
import { BAD_ROW_CSV, separableCsv } from './support/csv-files.ts';

const LESSON = '/lessons/02-logistic-regression';

async function heatmapSignature(page: Page): Promise<string> {
  return page.getByTestId('decision-heatmap').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 97) sum = (sum * 31 + data[i]!) % 1_000_000_007;
    return `${canvas.width}x${canvas.height}:${sum}`;
  });
}

async function lineEnds(page: Page): Promise<string> {
  const line = page.getByTestId('decision-line');
  return `${await line.getAttribute('x1')},${await line.getAttribute('y1')},${await line.getAttribute('x2')},${await line.getAttribute('y2')}`;
}

test.describe('lesson 2: logistic regression', () => {
  test('renders the equations, the data and the probability shading', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logistic regression');
    await expect(page.locator('.katex-display').first()).toBeVisible();
    const lab = page.getByTestId('logistic-regression-lab');
    await expect(lab.locator('circle.point')).toHaveCount(200);
    await expect(page.getByTestId('decision-heatmap')).toHaveAttribute('width', '100');
    await expect(page.getByTestId('decision-line')).toHaveAttribute('x1', /\d/);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
  });

  test('the sliders move the decision line and the shading before any training', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('decision-line')).toHaveAttribute('x1', /\d/);
    const line = await lineEnds(page);
    const shading = await heatmapSignature(page);
    const slider = page.getByTestId('slider-b');
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('value-b')).toHaveText('1.00');
    await expect.poll(() => lineEnds(page)).not.toBe(line);
    await expect.poll(() => heatmapSignature(page)).not.toBe(shading);
    await expect(page).toHaveURL(/[?&]b=1(&|$)/);
  });

  test('Train runs gradient descent in the worker with a live cost curve; Pause, Step and Reset work', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    const initialCost = Number(await page.getByTestId('cost').getAttribute('data-value'));
    const shading = await heatmapSignature(page);
    await page.getByTestId('train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(100);
    await expect
      .poll(async () => Number(await page.getByTestId('cost-curve').getAttribute('data-points')))
      .toBeGreaterThan(50);
    await expect.poll(() => heatmapSignature(page)).not.toBe(shading);
    await expect(page.getByTestId('training-status')).toHaveText(/Finished|Training/);
    if (await page.getByTestId('pause').isVisible()) await page.getByTestId('pause').click();
    await expect(page.getByTestId('training-status')).toHaveText(/Paused|Finished/);
    const trainedCost = Number(await page.getByTestId('cost').getAttribute('data-value'));
    expect(trainedCost).toBeLessThan(initialCost);
    const accuracy = Number(await page.getByTestId('accuracy').getAttribute('data-value'));
    expect(accuracy).toBeGreaterThan(0.8);

    const before = Number(await page.getByTestId('iteration').textContent());
    await page.getByTestId('step').click();
    await expect(page.getByTestId('iteration')).toHaveText(String(before + 1));

    await page.getByTestId('reset').click();
    await expect(page.getByTestId('iteration')).toHaveText('0');
    await expect(page.getByTestId('cost-curve')).toHaveAttribute('data-points', '0');
  });

  test('a learning rate typed as text, zero or negative gets a message and cannot train', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const rate = page.getByTestId('learning-rate');
    for (const [typed, message] of [
      ['fast', 'must be a number'],
      ['-0.5', 'greater than 0'],
      ['0', 'greater than 0'],
      ['', 'Enter a learning rate'],
    ] as const) {
      await rate.fill(typed);
      await expect(page.getByTestId('learning-rate-message')).toContainText(message);
      await expect(page.getByTestId('train')).toBeDisabled();
    }
    await rate.fill('0.5');
    await expect(page.getByTestId('learning-rate-message')).toHaveCount(0);
    await expect(page.getByTestId('train')).toBeEnabled();
  });

  test('an absurd learning rate is flagged and training stops cleanly if it diverges', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?lr=100000&w1=10&w2=-10&b=10`);
    await page.getByTestId('speed').selectOption('fast');
    await expect(page.getByTestId('learning-rate-message')).toContainText('overshoot');
    await page.getByTestId('train').click();
    await expect(page.getByTestId('training-status')).toHaveText(/Finished|Diverged/, {
      timeout: 30_000,
    });
    const status = await page.getByTestId('training-status').textContent();
    if (status === 'Diverged')
      await expect(page.getByTestId('divergence')).toContainText('Training stopped at iteration');
    // The page still works: reset and train with a sane rate.
    await page.getByTestId('learning-rate').fill('0.5');
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('iteration')).toHaveText('0');
    await page.getByTestId('train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(10);
  });

  test('reloading mid-training restores the page from its link', async ({ page }) => {
    await page.goto(`${LESSON}?seed=42&lr=0.3`);
    await page.getByTestId('train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(20);
    await page.reload();
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.3');
    await expect(page.getByTestId('seed')).toHaveValue('42');
    await page.getByTestId('train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(20);
  });

  test('a setting changed just before a reload is kept', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('seed').fill('123');
    await page.reload(); // inside the URL's quiet time: the page writes it on the way out
    await expect(page.getByTestId('seed')).toHaveValue('123');
  });

  test('a malformed link falls back to defaults for the bad fields only, with a notice', async ({
    page,
  }) => {
    await page.goto(`${LESSON}?seed=abc&lr=0.25&w1=999`);
    await expect(page.getByTestId('link-notice')).toContainText('seed');
    await expect(page.getByTestId('link-notice')).toContainText('w1');
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.25');
    await expect(page.getByTestId('seed')).toHaveValue('7');
  });
});

test.describe('lesson 2: your own data and the model file', () => {
  test('a CSV with a bad row is refused with its line number; a good one trains', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    const upload = page.getByTestId('csv-upload');
    await upload.setInputFiles({
      name: 'three-columns.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x1,x2,x3,y\n1,2,3,0\n'),
    });
    await expect(page.getByTestId('csv-error')).toContainText('x1,x2,y');
    await upload.setInputFiles(BAD_ROW_CSV);
    await expect(page.getByTestId('training-error')).toContainText('line 4');
    await expect(page.getByTestId('train')).toBeDisabled();
    await upload.setInputFiles(separableCsv(40));
    await expect(page.getByTestId('csv-active')).toContainText('good.csv');
    await expect(page.getByTestId('logistic-regression-lab').locator('circle.point')).toHaveCount(
      40,
    );
    await page.getByTestId('speed').selectOption('fast');
    await page.getByTestId('train').click();
    await expect(page.getByTestId('training-status')).toHaveText('Finished');
    expect(Number(await page.getByTestId('accuracy').getAttribute('data-value'))).toBe(1);
  });

  test('the trained weights download as a model file', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByTestId('step').click();
    await expect(page.getByTestId('iteration')).toHaveText('1');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-model').click(),
    ]);
    const model = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(model.format).toBe('neural-notebook/model@1');
    expect(model.layers).toHaveLength(1);
    expect(model.layers[0].W).toHaveLength(1);
    expect(model.layers[0].W[0]).toHaveLength(2);
    expect(model.layers[0].activation).toBe('sigmoid');
    expect(model.loss).toBe('cross-entropy');
  });
});

test.describe('lesson 2 in Korean', () => {
  test("the engine's CSV refusal names the bad line in Korean", async ({ page }) => {
    await inKorean(page);
    await page.goto(LESSON);
    await page.getByTestId('csv-upload').setInputFiles(BAD_ROW_CSV);
    await expect(page.getByTestId('training-error')).toHaveText(
      "4번째 줄: x2은(는) 숫자여야 하는데 'oops'입니다",
    );
  });
});
