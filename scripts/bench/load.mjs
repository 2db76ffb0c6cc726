/**
 * First load of the production build: the JavaScript the first screen needs (the entry
 * and every chunk index.html preloads, gzipped), and first contentful paint of the home
 * page and of a lesson, median of several cold loads (a fresh context each, no cache).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = 5;

/** Scripts referenced by dist/index.html (entry + modulepreload), gzipped. */
export function firstScreenScripts(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const files = urls.map((url) => {
    const bytes = readFileSync(join(dist, url));
    return { url, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, totalGzipKB: files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024 };
}

async function firstPaint(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
  );
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0].startTime,
  );
  await context.close();
  return fcp;
}

export async function measureLoad(_page, base, browser) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const result = {
    what: 'first screen JS (gzip) and first contentful paint, cold, production build',
  };
  result.firstScreen = firstScreenScripts();
  for (const [name, path] of [
    ['home', '/'],
    ['lesson2', '/lessons/02-logistic-regression'],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstPaint(browser, base + path));
    result[`${name}FcpMs`] = { median: median(runs), runs };
  }
  return result;
}
