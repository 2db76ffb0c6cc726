#!/usr/bin/env node
/**
 * Screenshots for a human eye: every lesson at desktop (1440x900), projector (1280x720)
 * and phone (390x844) sizes, from the production build, into reports/screenshots/.
 *
 *   node scripts/screenshots.mjs [--skip-build] [--theme dark] [--locale ko] [--train] [path ...]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const theme = option('--theme', 'light');
const locale = option('--locale', 'en');
const train = args.includes('--train');
const paths = args.filter(
  (a, i) => a.startsWith('/') && !['--theme', '--locale'].includes(args[i - 1]),
);
const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = { desktop: [1440, 900], projector: [1280, 720], phone: [390, 844] };

if (!args.includes('--skip-build')) spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore', detached: true },
);
process.on('exit', () => {
  try {
    process.kill(-server.pid);
  } catch {
    // gone
  }
});
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const executablePath = ['/usr/bin/chromium'].find((path) => existsSync(path));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync('reports/screenshots', { recursive: true });
for (const path of paths.length
  ? paths
  : ['/', '/lessons/02-logistic-regression', '/lessons/13-activation-functions']) {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.addInitScript(
      (prefs) => localStorage.setItem('neural-notebook:preferences@1', JSON.stringify(prefs)),
      { theme, locale },
    );
    await page.goto(BASE + path);
    await page.waitForLoadState('networkidle');
    if (train && (await page.getByTestId('train').count())) {
      await page.getByTestId('speed').selectOption('fast');
      await page.getByTestId('train').click();
      await page
        .getByTestId('training-status')
        .filter({ hasText: /Finished|완료/ })
        .waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300);
    }
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size}-${theme}-${locale}${train ? '-trained' : ''}`;
    await page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: true });
    console.log(`reports/screenshots/${name}.png`);
    await page.close();
  }
}
await browser.close();
process.exit(0);
