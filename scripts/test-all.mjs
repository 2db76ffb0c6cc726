#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order — format, lint, typecheck, unit
 * tests, then the end-to-end tests against a production build — and one closing line
 * `N passed, N failed` totalling them all (each static check counts as one test; the
 * test runners' own counts are read from their JSON reports).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(name, command, args) {
  const ok = run(command, args);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

function suite(name, command, args, report, count) {
  rmSync(report, { force: true });
  const ok = run(command, args);
  let counts = null;
  if (existsSync(report)) {
    try {
      counts = count(JSON.parse(readFileSync(report, 'utf8')));
    } catch {
      counts = null;
    }
  }
  if (!counts) counts = { passed: 0, failed: 1 }; // the runner itself failed
  if (!ok && counts.failed === 0) counts.failed = 1; // exited non-zero without a failing test
  passed += counts.passed;
  failed += counts.failed;
  summary.push(
    `${counts.failed ? 'FAIL' : 'ok  '} ${name}: ${counts.passed} passed, ${counts.failed} failed`,
  );
}

check('format (prettier)', 'npx', ['prettier', '--check', '.']);
check('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('typecheck (tsc -b)', 'npx', ['tsc', '-b']);
suite(
  'unit (vitest)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'],
  'reports/unit.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
  }),
);
const built = check('build (vite build)', 'npx', ['vite', 'build']);
if (built) {
  suite('end-to-end (playwright)', 'npx', ['playwright', 'test'], 'reports/e2e.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
  }));
} else {
  failed += 1;
  summary.push('FAIL end-to-end (playwright): not run, the build failed');
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
