/* global window -- runs inside the page */
/**
 * The engine's kernels (GEMM, the MNIST logistic-regression step, decision grids), timed in a
 * Chromium Web Worker. Vite's dev server (its own port, not the preview's) serves
 * scripts/bench/kernels.html, whose worker imports the engine straight from src/: the same
 * code V8 compiles in the app, without a special production build. The page is
 * cross-origin isolated so that performance.now() is precise to microseconds, not 100 us.
 */
import { createServer } from 'vite';

const PORT = 4177;

export async function measureKernels(page) {
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
    await page.goto(`http://127.0.0.1:${PORT}/scripts/bench/kernels.html`);
    const results = await page.evaluate(() => window.__bench);
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    if (errors.length) results.pageErrors = errors;
    return { timerIsolated: isolated, ...results };
  } finally {
    await server.close();
  }
}
