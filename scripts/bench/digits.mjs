/* global window, document -- these run inside the page */
/**
 * Lesson 20's Train button for the hidden-layer network, as a student presses it: seconds from
 * the click until the card's live test accuracy (the 10,000 MNIST test images) first reads
 * 97.5% or more, and the longest main-thread task meanwhile. The first press sets the session
 * up, so the time includes handing MNIST to the worker (the download itself is cached by the
 * first run; `mnistSeconds` says how long the set-up took before the first step).
 */
const RUNS = 3;
const TARGET = 0.975;
const KIND = 'hidden';

async function once(page, base) {
  await page.goto(`${base}/lessons/20-draw-a-digit`);
  const card = page.getByTestId(`digit-training-${KIND}`);
  await card.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  await card.getByTestId('train').click();
  await card.getByTestId('pause').waitFor({ timeout: 120_000 });
  const mnistSeconds = (Date.now() - started) / 1000;
  // The card shows the latest test accuracy as "97.61%"; poll it from the page itself so the
  // reading costs the main thread nothing measurable.
  const reached = await page.evaluate(
    ({ kind, target }) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const timer = setInterval(() => {
          const card = document.querySelector(`[data-testid="digit-training-${kind}"]`);
          const text = card?.querySelector('[data-testid="test-accuracy"]')?.textContent ?? '';
          const accuracy = parseFloat(text) / 100;
          const status = card?.getAttribute('data-status');
          if (accuracy >= target) {
            clearInterval(timer);
            resolve({ accuracy, status, afterSetupSeconds: (performance.now() - t0) / 1000 });
          } else if (status === 'done' || status === 'failed' || performance.now() - t0 > 300_000) {
            clearInterval(timer);
            reject(new Error(`stopped at ${text} (${status}) without reaching ${target}`));
          }
        }, 20);
      }),
    { kind: KIND, target: TARGET },
  );
  const seconds = mnistSeconds + reached.afterSetupSeconds;
  const progress = card.getByTestId(`train-progress-${KIND}`);
  const iteration = Number(await progress.getAttribute('aria-valuenow'));
  const longTasks = await page.evaluate(() => window.__longTasks);
  return {
    seconds,
    mnistSetupSeconds: mnistSeconds,
    testAccuracy: reached.accuracy,
    iteration,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    longTasksOver50ms: longTasks.length,
  };
}

export async function measureDigitsTraining(page, base) {
  // A first visit downloads MNIST into the HTTP cache, as a student's first Train would.
  await page.goto(`${base}/lessons/20-draw-a-digit`);
  await page.evaluate(() =>
    Promise.all(
      [
        'train-images-idx3-ubyte',
        'train-labels-idx1-ubyte',
        't10k-images-idx3-ubyte',
        't10k-labels-idx1-ubyte',
      ].map((file) => fetch(`/mnist/${file}`).then((response) => response.arrayBuffer())),
    ),
  );
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(page, base));
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    what: `lesson 20: seconds from pressing Train (hidden-layer network) to a live test accuracy of ${TARGET * 100}% or more, median of ${RUNS}`,
    seconds: median.seconds,
    mnistSetupSeconds: median.mnistSetupSeconds,
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    runs,
  };
}
