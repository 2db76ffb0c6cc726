import type { Page } from '@playwright/test';

/** Opens the next pages in Korean (the stored preference the shell reads at start). */
export async function inKorean(page: Page) {
  await page.addInitScript(() =>
    localStorage.setItem(
      'neural-notebook:preferences@1',
      JSON.stringify({ theme: 'light', locale: 'ko' }),
    ),
  );
}
