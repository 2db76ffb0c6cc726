/**
 * `npm run train -- [options]`: trains with the same engine as the browser and prints one JSON
 * object per line on stdout (start, gradient-check, progress, diverged, done). A bad option
 * prints one line on stderr and exits with code 2; any other failure exits with code 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { labelsToY, oneHot } from '../data/labels';
import type { Matrix } from '../math/matrix';
import { fromModelFile, toModelFile } from '../nn/model-file';
import { gradientCheck } from '../nn/gradient-check';
import type { NetworkConfig, Parameters } from '../nn/types';
import { Trainer } from '../train/trainer';
import { type LoadedData, loadData } from './load-data';
import { type CliOptions, HELP, OptionsError, parseOptions } from './options';

/** At most this many progress lines per run. */
export const PROGRESS_LINES = 20;
/** The gradient check is two forward passes per parameter: keep it to small networks. */
export const GRADIENT_CHECK_MAX_PARAMETERS = 20_000;
export const GRADIENT_CHECK_EXAMPLES = 16;

function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Y in the shape the output layer needs: (1, m) for one sigmoid unit, one-hot (K, m) otherwise. */
function targets(labels: Uint8Array, classes: number, outputUnits: number): Matrix {
  return outputUnits === 1 ? labelsToY(labels, 2) : oneHot(labels, Math.max(classes, outputUnits));
}

function buildModel(
  o: CliOptions,
  data: LoadedData,
): { config: NetworkConfig; params?: Parameters } {
  if (o.load !== null) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(o.load, 'utf8'));
    } catch (error) {
      throw new Error(`--load: cannot read ${o.load}: ${(error as Error).message}`);
    }
    const model = fromModelFile(json);
    if (model.config.layerSizes[0] !== data.X.rows) {
      throw new Error(
        `--load: the model expects n_x = ${model.config.layerSizes[0]} inputs but the data have ${data.X.rows} features`,
      );
    }
    return model;
  }
  const output = o.output ?? (data.classes > 2 ? 'softmax' : 'sigmoid');
  const outputUnits = output === 'softmax' || data.classes > 2 ? data.classes : 1;
  return {
    config: {
      layerSizes: [data.X.rows, ...o.hidden, outputUnits],
      hiddenActivation: o.activation,
      outputActivation: output,
      loss: o.loss,
    },
  };
}

function run(o: CliOptions): void {
  const started = performance.now();
  const data = loadData(o);
  const { config, params } = buildModel(o, data);
  const units = config.layerSizes[config.layerSizes.length - 1]!;
  const Y = targets(data.labels, data.classes, units);
  const Ytest = data.testLabels ? targets(data.testLabels, data.classes, units) : undefined;
  const trainer = new Trainer(
    {
      config,
      init: o.init,
      initScale: o.initScale,
      optimizer: o.optimizer,
      learningRate: o.learningRate,
      batchSize: o.batchSize,
      seed: o.seed,
    },
    { X: data.X, Y, labels: data.labels },
    params,
  );
  const steps = o.epochs !== null ? o.epochs * trainer.stepsPerEpoch : (o.iterations ?? 0);
  emit({
    event: 'start',
    dataset: data.name,
    m: data.X.cols,
    nx: data.X.rows,
    testM: data.Xtest?.cols ?? null,
    layerSizes: config.layerSizes,
    hiddenActivation: config.hiddenActivation,
    outputActivation: config.outputActivation,
    loss: config.loss,
    optimizer: o.optimizer,
    learningRate: o.learningRate,
    batchSize: trainer.fullBatch ? null : o.batchSize,
    steps,
  });

  if (o.gradientCheck) {
    const count = trainer.params.W.reduce(
      (n, W, i) => n + W.data.length + trainer.params.b[i]!.data.length,
      0,
    );
    if (count > GRADIENT_CHECK_MAX_PARAMETERS) {
      throw new OptionsError(
        `--gradient-check is for small networks (at most ${GRADIENT_CHECK_MAX_PARAMETERS} parameters); this one has ${count}`,
      );
    }
    const n = Math.min(GRADIENT_CHECK_EXAMPLES, data.X.cols);
    const head = (M: Matrix): Matrix => {
      const out = { rows: M.rows, cols: n, data: new Float64Array(M.rows * n) };
      for (let i = 0; i < M.rows; i++)
        for (let j = 0; j < n; j++) out.data[i * n + j] = M.data[i * M.cols + j]!;
      return out;
    };
    const check = gradientCheck(config, trainer.params, head(data.X), head(Y));
    emit({
      event: 'gradient-check',
      relativeDifference: check.relativeDifference,
      parameters: count,
      examples: n,
    });
  }

  const every = Math.max(1, Math.ceil(steps / PROGRESS_LINES));
  let result = trainer.step(0);
  while (trainer.iteration < steps && result.diverged === null) {
    result = trainer.step(Math.min(every, steps - trainer.iteration));
    if (result.diverged === null) {
      emit({
        event: 'progress',
        iteration: result.iteration,
        epoch: trainer.epoch,
        cost: result.cost,
      });
    }
  }
  if (result.diverged) emit({ event: 'diverged', ...result.diverged });

  const train = trainer.evaluate(data.X, Y);
  const test = data.Xtest && Ytest ? trainer.evaluate(data.Xtest, Ytest) : null;
  if (o.save !== null) {
    writeFileSync(o.save, `${JSON.stringify(toModelFile(config, trainer.params))}\n`);
  }
  emit({
    event: 'done',
    iterations: trainer.iteration,
    epochs: trainer.epoch,
    trainCost: finiteOrNull(train.cost),
    trainAccuracy: finiteOrNull(train.accuracy),
    testCost: test ? finiteOrNull(test.cost) : null,
    testAccuracy: test ? finiteOrNull(test.accuracy) : null,
    diverged: result.diverged,
    saved: o.save,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
  });
}

function main(argv: string[]): number {
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  try {
    run(options);
    return 0;
  } catch (error) {
    const message = (error as Error).message.split('\n').join('; ');
    process.stderr.write(`error: ${message}\n`);
    return error instanceof OptionsError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
