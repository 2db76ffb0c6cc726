/**
 * The messages between the page and the training worker: two tagged unions, requests
 * (page -> worker) and events (worker -> page). Every request names a training
 * session, so several networks can train side by side (lesson 16 trains three).
 *
 * Matrices cross as { rows, cols, data } (the engine's Matrix shape), their buffers
 * transferred where the sender no longer needs them.
 */
import type { EngineMessage, ErrorParams } from '../engine-error.ts';
import type { Matrix } from '../math/matrix.ts';
import type { MnistTask } from '../data/mnist.ts';
import type { ComputeName } from './computations/index.ts';
import type { ToyDatasetName } from '../data/toy.ts';
import type { TrainingOptions } from '../train/trainer.ts';
import type { Parameters } from '../nn/types.ts';

export type SessionId = string;

export type TrainingStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged';

/** Where a session's training data comes from; always generated or parsed inside the worker. */
export type DataSource =
  | { kind: 'toy'; name: ToyDatasetName; m: number; seed: number; noise?: number }
  | { kind: 'csv'; text: string }
  /** MNIST training images for a task (the test images become the test set); `limit` keeps the first so many. */
  | { kind: 'mnist'; task: MnistTask; limit?: number };

/** The square of input space a decision grid covers. */
export interface GridBounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface GridSpec {
  bounds: GridBounds;
  /** Cells per side: the grid holds resolution x resolution probabilities. */
  resolution: number;
}

export interface SessionSetup {
  data: DataSource;
  options: TrainingOptions;
  /** A decision grid to send with every progress batch while training (2-D data only). */
  grid?: GridSpec;
  /** Start from these parameters instead of initialising (e.g. lesson 2's sliders). */
  parameters?: Parameters;
}

export type HyperparameterName = 'learningRate';

export type WorkerRequest =
  | { type: 'configure'; session: SessionId; setup: SessionSetup }
  | {
      type: 'run';
      session: SessionId;
      maxIterations: number;
      /** Caps the steps per ~30 ms slice so a student can watch; omitted = as fast as possible. */
      stepsPerSlice?: number;
    }
  | { type: 'pause'; session: SessionId }
  | { type: 'step'; session: SessionId; count: number }
  | { type: 'reset'; session: SessionId }
  | { type: 'set-hyperparameter'; session: SessionId; name: HyperparameterName; value: number }
  | { type: 'set-parameters'; session: SessionId; parameters: Parameters }
  | { type: 'evaluate-grid'; session: SessionId; requestId: number; grid: GridSpec }
  | { type: 'predict'; session: SessionId; requestId: number; X: Matrix }
  | { type: 'export-model'; session: SessionId; requestId: number }
  | { type: 'import-model'; session: SessionId; model: unknown }
  | { type: 'dispose'; session: SessionId }
  /**
   * One of the computations in computations/index.ts (anything beside training that a
   * widget needs from the engine); `session` names the session whose data and parameters
   * it uses, or null. Answered by a 'computed' event with the same requestId.
   */
  | {
      type: 'compute';
      session: SessionId | null;
      requestId: number;
      name: ComputeName;
      input: unknown;
    };

/**
 * Summary numbers of a session's current parameters. On large data (MNIST) the live numbers
 * sent while running are refreshed about once a second or at the end of an epoch (see
 * `metricsOf` in session.ts); `testIteration` says which parameters the test accuracy measured.
 */
export interface Metrics {
  iteration: number;
  /** Passes over the training set so far, fractional: iteration / stepsPerEpoch. */
  epoch?: number;
  /** Gradient steps per pass over the training set (1 for full-batch training). */
  stepsPerEpoch?: number;
  /** Cost of the current parameters on the training set (all of it, or see `trainExamples`). */
  cost: number;
  trainAccuracy: number;
  /**
   * How many training examples `cost` and `trainAccuracy` were measured on: m, or the first
   * 5,000 in the live read-out of mini-batch training on MNIST.
   */
  trainExamples?: number;
  /** Accuracy on the test set, when the data has one (MNIST's 10,000 test images). */
  testAccuracy: number | null;
  /** The iteration whose parameters `testAccuracy` measured (it may lag while running). */
  testIteration?: number | null;
}

export type WorkerEvent =
  | { type: 'ready' }
  | {
      type: 'configured';
      session: SessionId;
      /** The training data, for plotting: X is (n_x, m), labels one class index per column. */
      X: Matrix;
      labels: Uint8Array;
      metrics: Metrics;
      parameters: Parameters;
    }
  | {
      type: 'progress';
      session: SessionId;
      status: TrainingStatus;
      /** Every step since the last progress event, batched to display rate. */
      iterations: Float64Array;
      costs: Float64Array;
      metrics: Metrics;
      parameters: Parameters;
    }
  /** Bytes of a data download (MNIST) received so far. */
  | { type: 'data-progress'; session: SessionId; loadedBytes: number; totalBytes: number }
  | {
      type: 'grid';
      session: SessionId;
      requestId: number | null;
      grid: GridSpec;
      values: Float32Array;
      iteration: number;
    }
  | { type: 'prediction'; session: SessionId; requestId: number; A: Matrix }
  | { type: 'model'; session: SessionId; requestId: number; model: unknown }
  | { type: 'computed'; requestId: number; output: unknown }
  | {
      type: 'diverged';
      session: SessionId;
      iteration: number;
      /** the cause in English, and its code and numbers for other languages */
      cause: string;
      code: string;
      params: ErrorParams;
    }
  | {
      type: 'error';
      session: SessionId | null;
      request: WorkerRequest['type'] | null;
      /** Set when the failed request was one that awaits an answer (predict, export-model). */
      requestId: number | null;
      /** English; `error.code`, `.params` (and `.details`) say it in any language */
      message: string;
      error: EngineMessage;
    };

/** Every request type, for exhaustive dispatch checks. */
export type RequestType = WorkerRequest['type'];
