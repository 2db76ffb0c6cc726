/**
 * One training session inside the worker: its data, its trainer and its run state.
 * Plain functions over plain data, so unit tests drive them without a worker.
 */
import { parseCsv } from '../data/csv.ts';
import type { MnistSplit } from '../data/mnist-fetch.ts';
import { mnistTask } from '../data/mnist.ts';
import { makeToyDataset } from '../data/toy.ts';
import type { Matrix } from '../math/matrix.ts';
import type { Parameters } from '../nn/network.ts';
import { GridEvaluator } from '../train/decision-grid.ts';
import { Trainer, type Dataset } from '../train/trainer.ts';
import type { DataSource, GridSpec, Metrics, SessionSetup, TrainingStatus } from './protocol.ts';

export interface Session {
  setup: SessionSetup;
  data: Dataset;
  labels: Uint8Array;
  trainer: Trainer;
  status: TrainingStatus;
  /** The run stops by itself at this iteration. */
  runUntil: number;
  /** Steps per slice while running (Infinity = as many as fit in the slice). */
  stepsPerSlice: number;
  grid: GridSpec | null;
  /** Keeps the grid's working buffers between repaints (several a second while training). */
  gridEvaluator: GridEvaluator;
  /** When the full-data metrics were last computed (they are costly on MNIST). */
  metricsAt: number;
  lastMetrics: Metrics | null;
  /** Steps taken since the last progress event, waiting to be sent. */
  pendingIterations: number[];
  pendingCosts: number[];
}

/** The raw MNIST files, loaded once per worker; only needed for MNIST sources. */
export type MnistFiles = { train: MnistSplit; test: MnistSplit };

export function loadData(
  source: DataSource,
  mnist?: MnistFiles,
): { data: Dataset; labels: Uint8Array } {
  if (source.kind === 'mnist') {
    if (!mnist) throw new Error('MNIST has not been loaded');
    const train = mnistTask(mnist.train.images, mnist.train.labels, source.task, source.limit);
    const test = mnistTask(mnist.test.images, mnist.test.labels, source.task);
    return {
      data: {
        X: train.X,
        Y: train.Y,
        labels: train.labels,
        Xtest: test.X,
        Ytest: test.Y,
        testLabels: test.labels,
      },
      labels: train.labels,
    };
  }
  if (source.kind === 'toy') {
    const toy = makeToyDataset(source.name, {
      m: source.m,
      seed: source.seed,
      noise: source.noise,
    });
    return { data: { X: toy.X, Y: toy.Y, labels: toy.labels }, labels: toy.labels };
  }
  const csv = parseCsv(source.text);
  return { data: { X: csv.X, Y: csv.Y, labels: csv.labels }, labels: csv.labels };
}

export function createSession(setup: SessionSetup, mnist?: MnistFiles): Session {
  const { data, labels } = loadData(setup.data, mnist);
  const trainer = new Trainer(setup.options, data, setup.parameters);
  return {
    setup,
    data,
    labels,
    trainer,
    status: 'idle',
    runUntil: 0,
    stepsPerSlice: Infinity,
    grid: setup.grid ?? null,
    gridEvaluator: new GridEvaluator(),
    metricsAt: -Infinity,
    lastMetrics: null,
    pendingIterations: [],
    pendingCosts: [],
  };
}

/** Above this many input numbers (m x n_x) a full evaluation is worth throttling. */
const LARGE_DATA = 1_000_000;
/** How often a large data set's metrics are recomputed while training. */
export const LARGE_METRICS_INTERVAL_MS = 1000;

/**
 * Cost and accuracy of the current parameters on the whole training set (and the test
 * set, if any). On large data (MNIST) they are recomputed at most once a second while
 * running, and always when `fresh` is asked for (pause, step, done).
 */
export function metricsOf(session: Session, now = 0, fresh = true): Metrics {
  const { X, Y, Xtest, Ytest } = session.data;
  const large = X.rows * X.cols > LARGE_DATA;
  if (
    !fresh &&
    large &&
    session.lastMetrics &&
    now - session.metricsAt < LARGE_METRICS_INTERVAL_MS
  ) {
    return { ...session.lastMetrics, iteration: session.trainer.iteration };
  }
  const { cost, accuracy } = session.trainer.evaluate(X, Y);
  const testAccuracy = Xtest && Ytest ? session.trainer.evaluate(Xtest, Ytest).accuracy : null;
  const metrics = {
    iteration: session.trainer.iteration,
    cost,
    trainAccuracy: accuracy,
    testAccuracy,
  };
  session.metricsAt = now;
  session.lastMetrics = metrics;
  return metrics;
}

/** A copy of the parameters that can be posted without touching the trainer's buffers. */
export function copyParameters(params: Parameters): Parameters {
  const copy = (M: Matrix): Matrix => ({ rows: M.rows, cols: M.cols, data: M.data.slice() });
  return { W: params.W.map(copy), b: params.b.map(copy) };
}
