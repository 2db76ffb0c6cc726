/**
 * Command-line options for `npm run train -- [options]`: parsing and checking only, so that
 * options.test.ts can cover every rule without starting a training run.
 * Each bad option becomes one OptionsError naming the option and what it allows.
 */
import { ACTIVATION_NAMES, type ActivationName } from '../math/activations';
import { LOSS_NAMES, type LossName } from '../math/losses';
import { TOY_DATASET_NAMES, type ToyDatasetName } from '../data/toy';
import type { MnistTask } from '../data/mnist';
import {
  INIT_NAMES,
  type InitName,
  OPTIMIZER_NAMES,
  OUTPUT_ACTIVATIONS,
  type OptimizerName,
  type OutputActivation,
} from '../nn/types';

export type DatasetName = ToyDatasetName | 'mnist';

export interface CliOptions {
  dataset: DatasetName;
  /** a CSV file instead of a built-in data set */
  data: string | null;
  task: MnistTask;
  /** use only the first `limit` training examples (MNIST), null = all */
  limit: number | null;
  /** hidden layer sizes; [] = logistic regression */
  hidden: number[];
  activation: ActivationName;
  /** null = sigmoid for 2 classes, softmax for more */
  output: OutputActivation | null;
  init: InitName;
  initScale: number;
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  iterations: number | null;
  epochs: number | null;
  batchSize: number | null;
  seed: number;
  m: number;
  noise: number | null;
  classes: number;
  load: string | null;
  save: string | null;
  gradientCheck: boolean;
  help: boolean;
}

export const DEFAULTS: CliOptions = {
  dataset: 'flower',
  data: null,
  task: { kind: 'all' },
  limit: null,
  hidden: [],
  activation: 'tanh',
  output: null,
  init: 'random',
  initScale: 0.01,
  loss: 'cross-entropy',
  optimizer: 'gd',
  learningRate: 1.2,
  iterations: null,
  epochs: null,
  batchSize: null,
  seed: 1,
  m: 400,
  noise: null,
  classes: 2,
  load: null,
  save: null,
  gradientCheck: false,
  help: false,
};

/** Full-batch steps when neither --iterations nor --epochs is given. */
export const DEFAULT_ITERATIONS = 10_000;
export const MAX_ITERATIONS = 10_000_000;

export class OptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionsError';
  }
}

export const HELP = `Train a network with the Neural Notebook engine; prints one JSON object per line.

usage: npm run train -- [options]

data
  --dataset NAME        ${[...TOY_DATASET_NAMES, 'mnist'].join(' | ')} (default flower)
  --data FILE.csv       your own data: header x1,...,xn,y then rows; y is a class 0..K-1
  --m N                 toy data set size (default 400)
  --noise S             toy data noise (each set has its own default)
  --classes K           blobs only: number of classes (default 2)
  --task T              MNIST: d (digit d vs rest) | d1,d2 (d1 vs d2) | all (default all)
  --limit N             MNIST: only the first N matching training images
network
  --hidden SIZES        hidden layer sizes, e.g. 4 or 128,64; none = logistic regression (default)
  --activation NAME     hidden activation: ${ACTIVATION_NAMES.join(' | ')} (default tanh)
  --output NAME         sigmoid | softmax (default: sigmoid for 2 classes, softmax for more)
  --loss NAME           ${LOSS_NAMES.join(' | ')} (default cross-entropy)
  --init NAME           ${INIT_NAMES.join(' | ')} (default random)
  --init-scale S        W = randn * S for --init random (default 0.01)
  --load FILE.json      start from a saved model (its layers replace --hidden/--activation)
training
  --optimizer NAME      ${OPTIMIZER_NAMES.join(' | ')} (default gd)
  --learning-rate A     alpha (default 1.2)
  --iterations N        full-batch gradient steps (default ${DEFAULT_ITERATIONS})
  --epochs N            passes over the data, with --batch-size for mini-batches
  --batch-size B        examples per step (default: all of them)
  --seed S              seeds the initial weights, the toy data and the shuffles (default 1)
output
  --save FILE.json      write the trained model (neural-notebook/model@1)
  --gradient-check      compare backprop with numerical gradients before training
  --help                this text
`;

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new OptionsError(`${option} must be one of ${allowed.join(', ')}; got '${value}'`);
  }
  return value as T;
}

function number(
  option: string,
  value: string,
  check: (x: number) => boolean,
  rule: string,
): number {
  const x = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(x) || !check(x))
    throw new OptionsError(`${option} must be ${rule}; got '${value}'`);
  return x;
}

const wholeAtLeast = (option: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  number(
    option,
    value,
    (x) => Number.isInteger(x) && x >= min && x <= max,
    `a whole number from ${min} to ${max}`,
  );

function parseTask(value: string): MnistTask {
  const digit = (text: string) =>
    number(
      '--task',
      text,
      (x) => Number.isInteger(x) && x >= 0 && x <= 9,
      'a digit 0-9, two digits d1,d2, or all',
    );
  if (value === 'all') return { kind: 'all' };
  const parts = value.split(',');
  if (parts.length === 1) return { kind: 'one-vs-rest', digit: digit(parts[0]!) };
  if (parts.length === 2) {
    const digits: [number, number] = [digit(parts[0]!), digit(parts[1]!)];
    if (digits[0] === digits[1])
      throw new OptionsError(`--task needs two different digits; got '${value}'`);
    return { kind: 'pair', digits };
  }
  throw new OptionsError(`--task must be a digit 0-9, two digits d1,d2, or all; got '${value}'`);
}

function parseHidden(value: string): number[] {
  if (value === 'none' || value === '') return [];
  return value.split(',').map((part) => wholeAtLeast('--hidden', part, 1, 4096));
}

const FLAGS = new Set(['--gradient-check', '--help', '-h']);

/** Parses argv (without node and the script). Throws OptionsError on the first bad option. */
export function parseOptions(argv: readonly string[]): CliOptions {
  const o: CliOptions = { ...DEFAULTS, hidden: [...DEFAULTS.hidden] };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-'))
      throw new OptionsError(`unexpected argument '${arg}'; options start with --, see --help`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name)) {
      if (eq > 0) throw new OptionsError(`${name} takes no value`);
      if (name === '--gradient-check') o.gradientCheck = true;
      else o.help = true;
      continue;
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && !/^--?\d/.test(next))) {
        throw new OptionsError(`${name} needs a value, see --help`);
      }
      value = next;
      i++;
    }
    seen.add(name);
    switch (name) {
      case '--dataset':
        o.dataset = oneOf(name, value, [...TOY_DATASET_NAMES, 'mnist'] as const);
        break;
      case '--data':
        o.data = value;
        break;
      case '--task':
        o.task = parseTask(value);
        break;
      case '--limit':
        o.limit = wholeAtLeast(name, value, 1);
        break;
      case '--hidden':
        o.hidden = parseHidden(value);
        break;
      case '--activation':
        o.activation = oneOf(name, value, ACTIVATION_NAMES);
        break;
      case '--output':
        o.output = oneOf(name, value, OUTPUT_ACTIVATIONS);
        break;
      case '--init':
        o.init = oneOf(name, value, INIT_NAMES);
        break;
      case '--init-scale':
        o.initScale = number(name, value, (x) => x >= 0, 'a number of at least 0');
        break;
      case '--loss':
        o.loss = oneOf(name, value, LOSS_NAMES);
        break;
      case '--optimizer':
        o.optimizer = oneOf(name, value, OPTIMIZER_NAMES);
        break;
      case '--learning-rate':
        o.learningRate = number(name, value, (x) => x > 0, 'a positive number');
        break;
      case '--iterations':
        o.iterations = wholeAtLeast(name, value, 0, MAX_ITERATIONS);
        break;
      case '--epochs':
        o.epochs = wholeAtLeast(name, value, 1, 100_000);
        break;
      case '--batch-size':
        o.batchSize = wholeAtLeast(name, value, 1);
        break;
      case '--seed':
        o.seed = number(name, value, Number.isInteger, 'a whole number');
        break;
      case '--m':
        o.m = wholeAtLeast(name, value, 2, 1_000_000);
        break;
      case '--noise':
        o.noise = number(name, value, (x) => x >= 0, 'a number of at least 0');
        break;
      case '--classes':
        o.classes = wholeAtLeast(name, value, 2, 10);
        break;
      case '--load':
        o.load = value;
        break;
      case '--save':
        o.save = value;
        break;
      default:
        throw new OptionsError(`unknown option ${name}; see --help for the options`);
    }
  }
  if (o.help) return o;
  if (seen.has('--iterations') && seen.has('--epochs')) {
    throw new OptionsError('--iterations and --epochs cannot be used together: pick one');
  }
  if (seen.has('--dataset') && seen.has('--data')) {
    throw new OptionsError('--dataset and --data cannot be used together: pick one');
  }
  if ((seen.has('--task') || seen.has('--limit')) && (o.dataset !== 'mnist' || o.data !== null)) {
    throw new OptionsError(
      `--task and --limit are for --dataset mnist; the data set is ${o.data ?? o.dataset}`,
    );
  }
  if (seen.has('--classes') && o.dataset !== 'blobs') {
    throw new OptionsError(
      `--classes is for --dataset blobs; the data set is ${o.data ?? o.dataset}`,
    );
  }
  if (seen.has('--batch-size') && o.epochs === null && o.iterations === null) o.epochs = 1;
  if (o.iterations === null && o.epochs === null) o.iterations = DEFAULT_ITERATIONS;
  return o;
}
