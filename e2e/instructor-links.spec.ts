import { expect, test, type Page } from '@playwright/test';
import { seriousFindings } from './support/axe.ts';
import { LESSON_LOCKS, type LessonLocks } from './support/lesson-locks.ts';
import { inKorean } from './support/locale.ts';

/** Instructor links (lock=...) and link versions (v=...), on lessons 14, 2 and 19. */
const LESSON_14 = '/lessons/14-why-nonlinear-activations';

test.describe('instructor links', () => {
  test('the share panel builds a link that locks the ticked settings', async ({ page }) => {
    await page.goto(`${LESSON_14}?hidden=6`);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('instructor-link').locator('summary').click();
    // Every setting of the lesson's widget is offered, with its value in the link.
    await expect(page.getByTestId('lock-field-hidden')).toBeVisible();
    await expect(page.getByTestId('instructor-link')).toContainText('hidden = 6');
    await page.getByTestId('lock-field-lr').check();
    await page.getByTestId('lock-field-hidden').check();
    const link = new URL(await page.getByTestId('instructor-link-url').inputValue());
    expect(link.searchParams.get('lock')).toBe('hidden,lr');
    expect(link.searchParams.get('v')).toBe('1');
    expect(link.searchParams.get('hidden')).toBe('6');
    expect(await seriousFindings(page)).toEqual([]);
  });

  test('a locked view shows the link value, marked, and the control cannot change it', async ({
    page,
  }) => {
    await page.goto(`${LESSON_14}?v=1&hidden=6&lr=0.5&lock=hidden,lr`);
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await expect(page.getByTestId('locked-banner')).toContainText('hidden, lr');
    const hidden = page.getByTestId('hidden-units');
    await expect(hidden).toHaveValue('6');
    await expect(hidden).toBeDisabled();
    await expect(hidden).toHaveAttribute('aria-disabled', 'true');
    await expect(hidden).toHaveAccessibleDescription(/Set by your instructor/);
    const rate = page.getByTestId('learning-rate');
    await expect(rate).toHaveValue('0.5');
    await expect(rate).toBeDisabled();
    await expect(page.getByTestId('lock-badge')).toHaveCount(2);
    // What is not locked still changes, and goes into the link; the locks stay.
    await page.getByTestId('seed').fill('5');
    await expect(page).toHaveURL(/[?&]seed=5(&|$)/);
    expect(new URL(page.url()).searchParams.get('hidden')).toBe('6');
    expect(new URL(page.url()).searchParams.get('lock')).toBe('hidden,lr');
    // The networks train with the locked values.
    await page.getByTestId('step').click();
    await expect(page.getByTestId('iteration')).not.toHaveText('0');
    expect(await seriousFindings(page)).toEqual([]);
  });

  test('in Korean the lock says who set it; an unknown lock name is named and ignored', async ({
    page,
  }) => {
    await inKorean(page);
    await page.goto(`${LESSON_14}?lock=lr,colour`);
    await expect(page.getByTestId('lock-badge')).toHaveText('강사가 정한 값');
    await expect(page.getByTestId('lock-notice')).toContainText('colour');
    await expect(page.getByTestId('lock-notice')).not.toContainText('lr,');
    await expect(page.getByTestId('learning-rate')).toBeDisabled();
    await expect(page.getByTestId('hidden-units')).toBeEnabled();
  });

  test('lesson 2: locked sliders and seed cannot move; lesson 19: locked fixed settings', async ({
    page,
  }) => {
    await page.goto('/lessons/02-logistic-regression?w1=2&lock=w1,seed');
    await expect(page.getByTestId('slider-w1')).toBeDisabled();
    await expect(page.getByTestId('value-w1')).toHaveText('2.00');
    await expect(page.getByTestId('seed')).toBeDisabled();
    await expect(page.getByTestId('slider-w2')).toBeEnabled();
    await page.goto('/lessons/19-hyperparameters?lock=data,seed,values');
    await expect(page.getByTestId('hp-data')).toBeDisabled();
    await expect(page.getByTestId('hp-fixed-seed')).toBeDisabled();
    await expect(page.getByTestId('lock-notice')).toHaveCount(0);
  });
});

/**
 * Opens the lesson, reads its settings from the instructor-link panel, ticks them all and
 * returns the names and the link that locks them.
 */
async function lockEverything(page: Page, row: LessonLocks) {
  await page.goto(`/lessons/${row.id}${row.query ? `?${row.query}` : ''}`);
  const expected = [...Object.keys(row.controls), ...Object.keys(row.offscreen ?? {})];
  await page.getByTestId('instructor-link').locator('summary').click();
  const boxes = page.locator('[data-testid^="lock-field-"]');
  // Every widget registers its settings once mounted.
  await expect(boxes).toHaveCount(expected.length);
  const names = await boxes.evaluateAll((all) =>
    all.map((box) => box.getAttribute('data-testid')!.slice('lock-field-'.length)),
  );
  for (const box of await boxes.all()) await box.check();
  const link = await page.getByTestId('instructor-link-url').inputValue();
  return { names, expected, link };
}

test.describe('every lesson, with all of its settings locked', () => {
  test('the table below covers every lesson in the contents', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page
      .getByTestId('lesson-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').pop()!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect([...new Set(LESSON_LOCKS.map((row) => row.id))].sort()).toEqual([...hrefs].sort());
  });

  for (const row of LESSON_LOCKS) {
    test(`lesson ${row.id}${row.query ? ` (${row.query})` : ''}`, async ({ page }) => {
      test.setTimeout(row.slow ? 240_000 : 60_000);
      const { names, expected, link } = await lockEverything(page, row);
      expect([...names].sort()).toEqual([...expected].sort());
      expect(new URL(link).searchParams.get('lock')?.split(',').sort()).toEqual([...names].sort());

      await page.goto(link);
      const loading = { timeout: row.slow ? 180_000 : 15_000 };
      await expect(page.getByTestId('locked-banner')).toBeVisible();
      await expect(page.getByTestId('lock-notice')).toHaveCount(0);
      for (const [setting, ids] of Object.entries(row.controls)) {
        for (const id of ids) {
          const controls = page.getByTestId(id);
          await expect(controls.first(), `${setting}: ${id}`).toBeAttached(loading);
          for (const control of await controls.all()) {
            // aria-disabled and the description come only from a lock (lockedControl).
            await expect(control, `${setting}: ${id}`).toHaveAttribute('aria-disabled', 'true');
            await expect(control, `${setting}: ${id}`).toHaveAccessibleDescription(
              /Set by your instructor/,
            );
          }
        }
      }
      await expect(page.getByTestId('lock-badge').first()).toBeVisible();
    });
  }

  test('a locked ARIA slider stays put under keys and drags; the page stays axe-clean', async ({
    page,
  }) => {
    await page.goto('/lessons/13-activation-functions?z=1.5&lock=z&v=1');
    const handles = page.getByTestId('z-slider');
    await expect(handles).toHaveCount(4);
    const first = handles.first();
    await expect(first).toHaveAttribute('aria-valuenow', '1.5');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    const box = (await first.locator('..').boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(first).toHaveAttribute('aria-valuenow', '1.5');
    await expect(page.getByTestId('z-input')).toHaveValue('1.5');
    expect(new URL(page.url()).searchParams.get('z')).toBe('1.5');
    await expect(page.getByTestId('lock-badge')).toHaveCount(1);
    expect(await seriousFindings(page)).toEqual([]);
  });

  test('lesson 18 with everything locked is axe-clean and its sizes cannot be typed', async ({
    page,
  }) => {
    const row = LESSON_LOCKS.find((r) => r.id === '18-deep-network-shapes')!;
    const { link } = await lockEverything(page, row);
    await page.goto(link);
    await expect(page.getByTestId('builder-summary')).toContainText('[3, 4, 3, 3, 3, 3, 3, 3, 1]');
    await expect(page.getByTestId('size-n1')).toBeDisabled();
    await expect(page.getByTestId('edit-toggle')).toBeDisabled();
    expect(await seriousFindings(page)).toEqual([]);
  });
});

test.describe('link versions', () => {
  test('Share copies the link with its version', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${LESSON_14}?hidden=5`);
    await page.getByTestId('share').click();
    await expect(page.getByTestId('share-status')).not.toBeEmpty();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('v')).toBe('1');
    expect(copied.searchParams.get('hidden')).toBe('5');
  });

  test('a change writes the version into the link', async ({ page }) => {
    await page.goto(LESSON_14);
    await page.getByTestId('hidden-units').fill('3');
    await expect(page).toHaveURL(/[?&]hidden=3(&|$)/);
    await expect(page).toHaveURL(/[?&]v=1(&|$)/);
  });

  test('an older link keeps its valid settings; gone or invalid ones fall back, named', async ({
    page,
  }) => {
    await page.goto(`${LESSON_14}?v=0&hidden=6&lr=abc&activation=relu`);
    await expect(page.getByTestId('hidden-units')).toHaveValue('6');
    await expect(page.getByTestId('learning-rate')).toHaveValue('1.2');
    const notice = page.getByTestId('link-version-notice');
    await expect(notice).toContainText('older version');
    await expect(notice).toContainText('activation');
    await expect(notice).toContainText('lr');
    await expect(notice).not.toContainText('hidden');
    // The widget names its own bad field as before.
    await expect(page.getByTestId('link-notice')).toContainText('lr');
    expect(await seriousFindings(page)).toEqual([]);
  });

  test('an older link whose settings all still apply says so; a current one says nothing', async ({
    page,
  }) => {
    await page.goto(`${LESSON_14}?v=0&hidden=6`);
    await expect(page.getByTestId('link-version-notice')).toContainText('still apply');
    await expect(page.getByTestId('hidden-units')).toHaveValue('6');
    await page.goto(`${LESSON_14}?v=1&hidden=6&old=1`);
    await expect(page.getByTestId('hidden-units')).toHaveValue('6');
    await expect(page.getByTestId('link-version-notice')).toHaveCount(0);
  });
});
