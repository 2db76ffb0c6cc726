import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test.describe('offline', () => {
  test('after one visit, lessons and MNIST load with the network switched off', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/lessons/02-logistic-regression');
    // The service worker precaches the app, then stores MNIST in the background.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            if (registration?.active?.state !== 'activated') return 0;
            return (await (await caches.open('mnist-v1')).keys()).length;
          }),
        { timeout: 90_000, intervals: [500] },
      )
      .toBe(4);
    await page.reload(); // now controlled by the service worker

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logistic regression');
    await expect(page.getByTestId('training-status')).toHaveText('Ready');
    await page.getByTestId('train').click();
    await expect
      .poll(async () => Number(await page.getByTestId('iteration').textContent()))
      .toBeGreaterThan(10);

    // Another lesson, never opened online, and MNIST from the cache.
    await page.goto('/lessons/13-activation-functions');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activation functions');
    const mnistBytes = await page.evaluate(async () => {
      const response = await fetch('/mnist/t10k-labels-idx1-ubyte');
      return (await response.arrayBuffer()).byteLength;
    });
    expect(mnistBytes).toBe(10_008);
    await context.setOffline(false);
  });
});
