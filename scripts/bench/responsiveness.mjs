/* global window, document, requestAnimationFrame, cancelAnimationFrame -- these run inside the page */
/**
 * Lesson 2 trains in the worker while the main thread only paints: this records every
 * main-thread long task (over 50 ms, the browser's own threshold) from pressing Train
 * until TRAIN_ITERATIONS iterations are done, and how often the page painted a frame.
 */
const RUNS = 3;

async function once(page, base) {
  await page.goto(`${base}/lessons/02-logistic-regression`);
  await page.getByTestId('training-status').filter({ hasText: 'Ready' }).waitFor();
  await page.evaluate(() => {
    const w = window;
    w.__longTasks = [];
    w.__frames = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const count = () => {
      w.__frames += 1;
      w.__frameHandle = requestAnimationFrame(count);
    };
    w.__frameHandle = requestAnimationFrame(count);
  });
  const started = Date.now();
  await page.getByTestId('train').click();
  await page
    .getByTestId('training-status')
    .filter({ hasText: 'Finished' })
    .waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  const { longTasks, frames, iteration } = await page.evaluate(() => {
    cancelAnimationFrame(window.__frameHandle);
    return {
      longTasks: window.__longTasks,
      frames: window.__frames,
      iteration: Number(document.querySelector('[data-testid="iteration"]').textContent),
    };
  });
  return {
    seconds,
    iterations: iteration,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    longTasksOver50ms: longTasks.length,
    framesPerSecond: frames / seconds,
  };
}

export async function measureResponsiveness(page, base) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(page, base));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    what: 'lesson 2: main-thread long tasks while 2000 gradient-descent steps train in the worker',
    runs,
    medianLongestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    worstLongestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    medianFramesPerSecond: median(runs.map((r) => r.framesPerSecond)),
  };
}
