/* global window -- runs inside the page */
/**
 * Benchmarks that run in a Chromium Web Worker: the engine's kernels (kernels.html: GEMM, the
 * SIMD peak, the MNIST logistic-regression step, decision grids) and MNIST training
 * (mnist.html: epoch profile, epoch time, time to 97.5%, the main thread meanwhile). Vite's dev
 * server (its own port, not the preview's; BENCH_KERNELS_PORT overrides it) serves the pages,
 * whose workers import the engine straight from src/: the same code V8 compiles in the app,
 * without a special production build. The pages are cross-origin isolated so that
 * performance.now() is precise to microseconds, not 100 us.
 */
import { createServer } from 'vite';

const PORT = Number(process.env.BENCH_KERNELS_PORT ?? 4177);

async function measurePage(page, path) {
  const server = await createServer({
    root: process.cwd(),
    logLevel: 'error',
    server: {
      port: PORT,
      strictPort: true,
      host: '127.0.0.1',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    },
  });
  await server.listen();
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    const results = await page.evaluate(() => window.__bench);
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    if (errors.length) results.pageErrors = errors;
    return { timerIsolated: isolated, ...results };
  } finally {
    await server.close();
  }
}

export function measureKernels(page) {
  return measurePage(page, '/scripts/bench/kernels.html');
}

export function measureMnist(page) {
  return measurePage(page, '/scripts/bench/mnist.html?runs=3');
}
