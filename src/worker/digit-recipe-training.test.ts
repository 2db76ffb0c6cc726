import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '../data/mnist-node';
import { digitModelFromFile } from '../nn/digit-models';
import { createContext, handleRequest } from './handlers';
import type { WorkerEvent } from './protocol';
import { DIGIT_RECIPES, digitRecipeCliArgs, recipeSteps } from '../train/digit-recipes';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = { train: loadMnistNode('train'), test: loadMnistNode('test') };
const LIMIT = 1000;

/** A worker with a manual scheduler, trained on the first LIMIT images as the page trains. */
async function trainInWorker(kind: keyof typeof DIGIT_RECIPES, epochs: number) {
  const recipe = DIGIT_RECIPES[kind];
  const events: WorkerEvent[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const context = createContext(
    (event) => events.push(event),
    (callback) => tasks.push(callback),
    () => (clock += 1),
    () => Promise.resolve(files),
  );
  handleRequest(context, {
    type: 'configure',
    session: 'pad',
    setup: {
      data: { kind: 'mnist', task: { kind: 'all' }, limit: LIMIT },
      options: recipe.options,
    },
  });
  const steps = recipeSteps({ ...recipe, epochs }, LIMIT);
  handleRequest(context, { type: 'run', session: 'pad', maxIterations: steps });
  handleRequest(context, { type: 'export-model', session: 'pad', requestId: 1 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 10_000 && tasks.length > 0; i++) tasks.shift()!();
  handleRequest(context, { type: 'export-model', session: 'pad', requestId: 2 });
  return { events, steps };
}

describe('digit recipes', () => {
  it('count their steps per epoch from the batch size', () => {
    expect(recipeSteps(DIGIT_RECIPES['one-vs-all'])).toBe(
      DIGIT_RECIPES['one-vs-all'].epochs * Math.ceil(60000 / 128),
    );
    expect(recipeSteps(DIGIT_RECIPES.hidden)).toBe(
      DIGIT_RECIPES.hidden.epochs * Math.ceil(60000 / 256),
    );
    // 1000 examples in batches of 256: three full batches and one of 232.
    expect(recipeSteps({ ...DIGIT_RECIPES.hidden, epochs: 2 }, 1000)).toBe(2 * 4);
  });

  it.each(['one-vs-all', 'hidden'] as const)(
    '%s: the worker trains the very model the command line trains, bit for bit',
    async (kind) => {
      const recipe = DIGIT_RECIPES[kind];
      // The command line: the recipe's arguments on the first LIMIT images for one epoch.
      const directory = `${root}.tmp/digit-recipes-test`;
      mkdirSync(directory, { recursive: true });
      const save = `${directory}/${kind}.json`;
      const args = digitRecipeCliArgs(recipe.options, 1, 'x.json').slice(0, -2);
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      const cli = spawnSync(
        process.execPath,
        [tsx, 'src/cli/main.ts', ...args, '--limit', String(LIMIT), '--save', save],
        { cwd: root, encoding: 'utf8' },
      );
      expect(cli.status, cli.stderr).toBe(0);
      const saved: unknown = JSON.parse(readFileSync(save, 'utf8'));
      rmSync(save);

      const { events, steps } = await trainInWorker(kind, 1);
      const models = events.filter((e) => e.type === 'model');
      expect(models).toHaveLength(2);
      // Exported before training: the untrained model is a valid digit model of the right kind.
      expect(digitModelFromFile(models[0]!.model).kind).toBe(kind);
      // Exported after the run: exactly the command line's file.
      expect(JSON.stringify(models[1]!.model)).toBe(JSON.stringify(saved));

      // The page's progress bar and read-outs: epochs, and the test accuracy at the end.
      const last = events.filter((e) => e.type === 'progress').at(-1)!;
      expect(last.status).toBe('done');
      expect(last.metrics.iteration).toBe(steps);
      expect(last.metrics.epoch).toBe(1);
      expect(last.metrics.stepsPerEpoch).toBe(steps);
      expect(last.metrics.testIteration).toBe(steps);
      expect(last.metrics.testAccuracy).toBeGreaterThan(0.6);
    },
  );
});
