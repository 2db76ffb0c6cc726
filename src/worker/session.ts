/**
 * One training session inside the worker: its data, its trainer and its run state.
 * Plain functions over plain data, so unit tests drive them without a worker.
 */
import { parseCsv } from '../data/csv.ts';
import { makeToyDataset } from '../data/toy.ts';
import type { Matrix } from '../math/matrix.ts';
import type { Parameters } from '../nn/network.ts';
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
  /** Steps taken since the last progress event, waiting to be sent. */
  pendingIterations: number[];
  pendingCosts: number[];
}

export function loadData(source: DataSource): { data: Dataset; labels: Uint8Array } {
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

export function createSession(setup: SessionSetup): Session {
  const { data, labels } = loadData(setup.data);
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
    pendingIterations: [],
    pendingCosts: [],
  };
}

/** Cost and accuracy of the current parameters on the whole training set. */
export function metricsOf(session: Session): Metrics {
  const { cost, accuracy } = session.trainer.evaluate(session.data.X, session.data.Y);
  return { iteration: session.trainer.iteration, cost, trainAccuracy: accuracy };
}

/** A copy of the parameters that can be posted without touching the trainer's buffers. */
export function copyParameters(params: Parameters): Parameters {
  const copy = (M: Matrix): Matrix => ({ rows: M.rows, cols: M.cols, data: M.data.slice() });
  return { W: params.W.map(copy), b: params.b.map(copy) };
}
