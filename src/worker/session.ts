/**
 * One training session inside the worker: its data, its trainer and its run state.
 * Plain functions over plain data, so unit tests drive them without a worker.
 */
import { parseCsv } from '../data/csv.ts';
import type { MnistSplit } from '../data/mnist-fetch.ts';
import { mnistTask } from '../data/mnist.ts';
import { makeToyDataset } from '../data/toy.ts';
import { type Matrix, zeros } from '../math/matrix.ts';
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
  /** When the last metrics computation ended (they are costly on MNIST), and how long it took. */
  metricsAt: number;
  evaluationMs: number;
  lastMetrics: Metrics | null;
  /** The first LIVE_TRAIN_SAMPLE training examples, for live metrics (made on first use). */
  liveSample: { X: Matrix; Y: Matrix } | null;
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
    evaluationMs: 0,
    lastMetrics: null,
    liveSample: null,
    pendingIterations: [],
    pendingCosts: [],
  };
}

/** Above this many input numbers (m x n_x) a full evaluation is worth throttling. */
const LARGE_DATA = 1_000_000;
/** The shortest time between two live evaluations of a large data set while training. */
export const LARGE_METRICS_INTERVAL_MS = 1000;
/**
 * A live evaluation may take at most 1 / (this + 1) of the training time: with a test pass of
 * 0.4 s (784-128-10 on 10,000 images in plain TypeScript) the read-out refreshes every 2 s.
 */
export const LIVE_EVALUATION_SPACING = 5;
/**
 * While a large data set trains in mini-batches, the live train cost and accuracy use its first
 * this many examples (a pass over all 60,000 costs a third of an epoch). Full-batch training
 * measures the whole set: one pass costs less than one of its steps.
 */
export const LIVE_TRAIN_SAMPLE = 5000;

/** The first n training examples, copied once per session (columns are strided in row-major X). */
function liveSample(session: Session): { X: Matrix; Y: Matrix } {
  const { X, Y } = session.data;
  if (LIVE_TRAIN_SAMPLE >= X.cols) return { X, Y };
  session.liveSample ??= {
    X: firstColumns(X, LIVE_TRAIN_SAMPLE),
    Y: firstColumns(Y, LIVE_TRAIN_SAMPLE),
  };
  return session.liveSample;
}

/** Columns 0..n-1 of M. Allocates. */
function firstColumns(M: Matrix, n: number): Matrix {
  const out = zeros(M.rows, n, M.data instanceof Float64Array ? 'float64' : 'float32');
  for (let r = 0; r < M.rows; r++) out.data.set(M.data.subarray(r * M.cols, r * M.cols + n), r * n);
  return out;
}

/**
 * Cost and accuracy of the current parameters on the training set and on the test set (if
 * any), with the iteration, the epochs so far and how many training examples were measured.
 *
 * Small data: the whole training set, every time. Large data (MNIST): `fresh` (pause, step,
 * done, reset) measures the whole training set too; a live read-out (while running, and at
 * configure so that training starts at once) measures the whole test set and, for mini-batch
 * training, the first LIVE_TRAIN_SAMPLE training examples, and only when an epoch has ended since the last one or after
 * max(1 s, LIVE_EVALUATION_SPACING x the last evaluation's duration), so evaluating never takes
 * more than about a sixth of the training time; in between the last numbers are repeated with
 * the current iteration.
 */
export function metricsOf(session: Session, clock: () => number = () => 0, fresh = true): Metrics {
  const { trainer } = session;
  const { X, Y, Xtest, Ytest } = session.data;
  const large = X.rows * X.cols > LARGE_DATA;
  const progress = {
    iteration: trainer.iteration,
    epoch: trainer.iteration / trainer.stepsPerEpoch,
    stepsPerEpoch: trainer.stepsPerEpoch,
  };
  const now = clock();
  const last = session.lastMetrics;
  if (!fresh && large && last) {
    const waited = now - session.metricsAt;
    const interval = Math.max(
      LARGE_METRICS_INTERVAL_MS,
      LIVE_EVALUATION_SPACING * session.evaluationMs,
    );
    const epochEnded = Math.floor(progress.epoch) > Math.floor(last.epoch ?? 0);
    if (waited < interval && !epochEnded) return { ...last, ...progress };
  }
  const train = !fresh && large && !trainer.fullBatch ? liveSample(session) : { X, Y };
  const { cost, accuracy } = trainer.evaluate(train.X, train.Y);
  const testAccuracy = Xtest && Ytest ? trainer.evaluate(Xtest, Ytest).accuracy : null;
  const metrics: Metrics = {
    ...progress,
    cost,
    trainAccuracy: accuracy,
    trainExamples: train.X.cols,
    testAccuracy,
    testIteration: testAccuracy === null ? null : trainer.iteration,
  };
  // The interval counts training time: from the end of this evaluation.
  session.metricsAt = clock();
  session.evaluationMs = session.metricsAt - now;
  session.lastMetrics = metrics;
  return metrics;
}

/** A copy of the parameters that can be posted without touching the trainer's buffers. */
export function copyParameters(params: Parameters): Parameters {
  const copy = (M: Matrix): Matrix => ({ rows: M.rows, cols: M.cols, data: M.data.slice() });
  return { W: params.W.map(copy), b: params.b.map(copy) };
}
