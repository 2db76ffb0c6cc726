#!/usr/bin/env node
/**
 * `npm run bench`: measurements in headless Chromium, printed as one JSON object:
 * `responsiveness` against the production build (vite preview), `kernels` in a worker
 * served by Vite's dev server (scripts/bench/kernels.mjs), and `mnist` (training speed in a worker,
 * the main thread meanwhile) the same way, and `digits` (lesson 20's Train button to 97.5% test
 * accuracy, against the production build). BENCH_PREVIEW_PORT and BENCH_KERNELS_PORT choose the
 * ports. Never part of `npm test`: timings on a shared machine
 * are noisy, so every speed is also given as a ratio to a reference run in the same page.
 *
 *   node scripts/bench.mjs [--skip-build] [--only name,name]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { measureKernels, measureMnist } from './bench/kernels.mjs';
import { measureDigitsTraining } from './bench/digits.mjs';
import { measureLoad } from './bench/load.mjs';
import { measureResponsiveness } from './bench/responsiveness.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const PORT = Number(process.env.BENCH_PREVIEW_PORT ?? 4174);
const BASE = `http://127.0.0.1:${PORT}`;

/** Benches that need the production build and `vite preview`. */
const PREVIEW_BENCHES = ['responsiveness', 'load', 'digits'];
const needsPreview = PREVIEW_BENCHES.some((name) => !only || only.includes(name));

if (needsPreview && !args.includes('--skip-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = !needsPreview
  ? null
  : spawn(
      'npx',
      ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
      {
        stdio: 'ignore',
        detached: true,
      },
    );
const stopServer = () => {
  if (!server) return;
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
}

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);
const benches = {
  responsiveness: measureResponsiveness,
  load: measureLoad,
  kernels: measureKernels,
  mnist: measureMnist,
  digits: measureDigitsTraining,
};

try {
  if (needsPreview) await waitForServer();
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    // 1, 5 and 15 minute load averages at the start: on a shared machine, context for timings
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
  for (const [name, bench] of Object.entries(benches)) {
    if (only && !only.includes(name)) continue;
    // No service worker: its one-time background download of MNIST is not what we measure.
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    });
    results[name] = await bench(page, BASE, browser);
    await page.close();
  }
  await browser.close();
  console.log(JSON.stringify(results, null, 2));
} finally {
  stopServer();
}
