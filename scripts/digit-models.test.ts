/**
 * The shipped digit models: the generation runs the recipes' own CLI arguments, the files it
 * makes score their targets on MNIST's 10,000 test images, a drawing preprocessed like MNIST is
 * read like MNIST, and a model below its target fails the build. The first run trains the
 * models if they are missing (about a minute).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../src/cli/options.ts';
import { preprocessDrawing, upscaleDigit } from '../src/data/digit-preprocess.ts';
import { mnistTask } from '../src/data/mnist.ts';
import { loadMnistNode } from '../src/data/mnist-node.ts';
import { countCorrect } from '../src/train/metrics.ts';
import {
  type DigitModel,
  digitModelFromFile,
  digitOutputs,
  predictedDigit,
} from '../src/nn/digit-models.ts';
import { predict } from '../src/nn/forward.ts';
import {
  DIGIT_MODELS_DIRECTORY,
  DIGIT_RECIPES,
  type DigitRecipe,
  digitRecipeCliArgs,
} from '../src/train/digit-recipes.ts';
import {
  type BuildRecord,
  buildDigitModel,
  ensureDigitModels,
  savedPath,
  trainCommand,
  trainProcess,
} from './digit-models.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const test = loadMnistNode('test');

describe('digit recipes', () => {
  it.each(Object.entries(DIGIT_RECIPES))(
    '%s: the CLI arguments train exactly the options the page uses',
    (_, recipe) => {
      const o = parseOptions(recipe.cliArgs);
      const { options } = recipe;
      expect(o.dataset).toBe('mnist');
      expect(o.task).toEqual({ kind: 'all' });
      expect(o.limit).toBeNull();
      // The CLI's config: [n_x, ...hidden, K] with its activation, output and loss.
      expect([784, ...o.hidden, 10]).toEqual(options.config.layerSizes);
      expect(o.activation).toBe(options.config.hiddenActivation);
      expect(o.output).toBe(options.config.outputActivation);
      expect(o.loss).toBe(options.config.loss);
      expect(o.init).toBe(options.init);
      expect(o.optimizer).toBe(options.optimizer);
      expect(o.learningRate).toBe(options.learningRate);
      expect(o.batchSize).toBe(options.batchSize);
      expect(o.seed).toBe(options.seed);
      expect(o.seed).toBe(recipe.seed);
      expect(o.epochs).toBe(recipe.epochs);
      expect(o.save).toBe(`${DIGIT_MODELS_DIRECTORY}/${recipe.file}`);
      expect(savedPath(recipe)).toBe(o.save);
    },
  );

  it('the generation runs `npm run train` with exactly the recipe arguments', () => {
    const recipe = DIGIT_RECIPES.hidden;
    const run = trainProcess(recipe.cliArgs);
    expect(run.command).toBe(process.execPath);
    expect(run.args[0]).toMatch(/tsx[/\\]dist[/\\]cli\.mjs$/);
    expect(run.args.slice(1)).toEqual(['src/cli/main.ts', ...recipe.cliArgs]);
    // package.json's "train" script is that same tsx entry.
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    // (after building the WebAssembly kernels, which the generation's callers have done)
    expect(scripts.train).toMatch(/(^|&& )tsx src\/cli\/main\.ts$/);
    expect(trainCommand(recipe.cliArgs)).toBe(`npm run train -- ${recipe.cliArgs.join(' ')}`);
  });

  it('fails loudly, and leaves no file, when a model misses its target', async () => {
    const base = DIGIT_RECIPES['one-vs-all'];
    const save = '.tmp/digit-models-test/too-weak.json';
    const weak: DigitRecipe = {
      ...base,
      file: 'too-weak.json',
      // 200 images for one epoch cannot reach 99%.
      cliArgs: [
        ...digitRecipeCliArgs(base.options, 1, 'unused.json').slice(0, -2),
        '--limit',
        '200',
        '--save',
        save,
      ],
      targetAccuracy: 0.99,
    };
    const lines: string[] = [];
    await expect(buildDigitModel(root, weak, (line) => lines.push(line))).rejects.toThrow(
      /too-weak\.json reached \d+\.\d\d% on the 10,000 test images, below its target of 99\.00%/,
    );
    expect(existsSync(join(root, save))).toBe(false);
    expect(lines[1]).toContain('--limit 200');
  });
});

describe('the shipped digit models', () => {
  let record: BuildRecord = {};
  const models = new Map<string, DigitModel>();

  beforeAll(async () => {
    record = await ensureDigitModels({ root, log: () => {} });
    for (const recipe of Object.values(DIGIT_RECIPES)) {
      const text = readFileSync(join(root, savedPath(recipe)), 'utf8');
      models.set(recipe.file, digitModelFromFile(JSON.parse(text)));
    }
  }, 15 * 60_000);

  it.each(Object.entries(DIGIT_RECIPES))(
    '%s: the file loads as its kind and reaches its target on the 10,000 test images',
    (kind, recipe) => {
      const model = models.get(recipe.file)!;
      expect(model.kind).toBe(kind);
      expect(model.config).toEqual(recipe.options.config);
      const { X, Y } = mnistTask(test.images, test.labels, { kind: 'all' });
      const accuracy = countCorrect(predict(model.config, model.params, X), Y) / 10000;
      expect(accuracy).toBeGreaterThanOrEqual(recipe.targetAccuracy);
      // The accuracy recorded for the README is the one the CLI measured on this very file.
      const built = record[recipe.file]!;
      expect(built.cliArgs).toEqual(recipe.cliArgs);
      expect(built.testAccuracy).toBeCloseTo(accuracy, 3);
    },
  );

  it('reads a real test digit drawn 10 times larger on the pad as it reads the digit itself', () => {
    const model = models.get(DIGIT_RECIPES.hidden.file)!;
    let same = 0;
    const count = 200;
    for (let i = 0; i < count; i++) {
      const original = test.images.pixels.subarray(i * 784, (i + 1) * 784);
      const direct = predictedDigit(
        digitOutputs(
          model,
          Float32Array.from(original, (v) => v / 255),
        ),
      );
      const drawn = preprocessDrawing(upscaleDigit(original, 10))!;
      if (predictedDigit(digitOutputs(model, drawn.pixels)) === direct) same++;
    }
    expect(same).toBe(count);
  });
});
