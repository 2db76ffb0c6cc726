import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function train(args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  // npm itself may print warnings on stderr; keep the CLI's own lines.
  const stderr = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
  const events = r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, stderr, events };
}

describe('npm run train (src/cli/main.ts)', () => {
  it('trains the flower and prints JSON lines ending with done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-cli-'));
    const model = join(dir, 'model.json');
    const r = train([
      '--dataset',
      'flower',
      '--hidden',
      '4',
      '--iterations',
      '200',
      '--gradient-check',
      '--save',
      model,
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toEqual([]);
    const kinds = r.events.map((e) => e.event);
    expect(kinds[0]).toBe('start');
    expect(kinds[1]).toBe('gradient-check');
    expect(r.events[1]!.relativeDifference).toBeLessThan(1e-6);
    expect(kinds.filter((k) => k === 'progress').length).toBeGreaterThan(0);
    expect(r.events.length).toBeLessThanOrEqual(50);
    const done = r.events.at(-1)!;
    expect(done).toMatchObject({ event: 'done', iterations: 200, testAccuracy: null });
    expect(done.trainCost).toBeLessThan(0.7);
    expect(done.trainAccuracy).toBeGreaterThan(0.6);
    // The saved model starts a new run where this one ended.
    const saved = JSON.parse(readFileSync(model, 'utf8')) as { format: string };
    expect(saved.format).toBe('neural-notebook/model@1');
    const resumed = train(['--load', model, '--iterations', '0']);
    expect(resumed.events.at(-1)!.trainCost).toBeCloseTo(done.trainCost as number, 6);
  });

  it('a bad option exits with code 2 and one line naming it', () => {
    const r = train(['--optimizer', 'sgd']);
    expect(r.status).toBe(2);
    expect(r.stderr).toEqual(["error: --optimizer must be one of gd, momentum, adam; got 'sgd'"]);
    expect(r.events).toEqual([]);
  });
});
