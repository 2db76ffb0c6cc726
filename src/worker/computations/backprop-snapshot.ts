/**
 * Lesson 15: one forward and one backward pass of a one-hidden-layer session on its whole
 * training set, with the session's current parameters, summarised matrix by matrix:
 *
 *   Z[1] = W[1] X + b[1], A[1] = g[1](Z[1]), Z[2] = W[2] A[1] + b[2], A[2] = sigma(Z[2])
 *   dZ[2] = A[2] - Y                        dW[2] = (1/m) dZ[2] A[1]^T   db[2] = (1/m) sum(dZ[2])
 *   dZ[1] = W[2]^T dZ[2] * g[1]'(Z[1])      dW[1] = (1/m) dZ[1] X^T      db[1] = (1/m) sum(dZ[1])
 *
 * It runs the engine's own forward() and backward(), the ones the trainer steps with, so the
 * numbers shown beside each equation are the ones gradient descent is using.
 */
import { activations } from '../../math/activations';
import type { Matrix } from '../../math/matrix';
import { createBackwardWorkspace, backward } from '../../nn/backward';
import { forward } from '../../nn/forward';
import { layerCount } from '../../nn/types';
import type { ComputeContext } from './context';

/** A few numbers that describe a matrix without sending all of it. */
export interface MatrixSummary {
  rows: number;
  cols: number;
  /** Frobenius norm sqrt(sum of squares) */
  norm: number;
  mean: number;
  /** The first entries in row-major order (all of them for a small matrix). */
  first: number[];
}

export const SNAPSHOT_NAMES = [
  'W1',
  'b1',
  'W2',
  'b2',
  'Z1',
  'A1',
  'Z2',
  'A2',
  'dZ2',
  'dW2',
  'db2',
  'gPrime1',
  'dZ1',
  'dW1',
  'db1',
] as const;
export type SnapshotName = (typeof SNAPSHOT_NAMES)[number];

export interface BackpropSnapshot {
  iteration: number;
  m: number;
  /** The mean of g[1]'(Z[1]): near 1 for tanh units in their linear middle, near 0 when saturated. */
  meanDerivative: number;
  matrices: Record<SnapshotName, MatrixSummary>;
}

/** Entries kept per matrix: enough for all of W[1] and dW[1] of a 2-4-1 network. */
export const FIRST_ENTRIES = 8;

export function summarize(M: Matrix, count = FIRST_ENTRIES): MatrixSummary {
  let squares = 0;
  let sum = 0;
  for (let i = 0; i < M.data.length; i++) {
    const v = M.data[i]!;
    squares += v * v;
    sum += v;
  }
  return {
    rows: M.rows,
    cols: M.cols,
    norm: Math.sqrt(squares),
    mean: M.data.length ? sum / M.data.length : 0,
    first: Array.from(M.data.subarray(0, count)),
  };
}

export function backpropSnapshot(context: ComputeContext, _input: object = {}): BackpropSnapshot {
  const session = context.session;
  if (!session) throw new Error('backprop-snapshot needs a training session.');
  const config = session.setup.options.config;
  if (layerCount(config) !== 2) {
    throw new Error(
      `backprop-snapshot shows one hidden layer (L = 2), but this network has L = ${layerCount(config)}.`,
    );
  }
  const params = session.trainer.params;
  const { X, Y } = session.data;
  const m = X.cols;
  const cache = forward(config, params, X);
  const workspace = createBackwardWorkspace(config, m);
  const grads = backward(config, params, cache, Y, workspace);
  // g[1]'(Z[1]) from the cached A[1], as backward() computes it.
  const { dgFromA } = activations[config.hiddenActivation];
  const A1 = cache.A[1]!;
  const Z1 = cache.Z[1]!;
  const gPrime: Matrix = { rows: A1.rows, cols: A1.cols, data: new Float32Array(A1.data.length) };
  for (let i = 0; i < A1.data.length; i++) gPrime.data[i] = dgFromA(A1.data[i]!, Z1.data[i]!);
  const gPrimeSummary = summarize(gPrime);
  return {
    iteration: session.trainer.iteration,
    m,
    meanDerivative: gPrimeSummary.mean,
    matrices: {
      W1: summarize(params.W[0]!),
      b1: summarize(params.b[0]!),
      W2: summarize(params.W[1]!),
      b2: summarize(params.b[1]!),
      Z1: summarize(Z1),
      A1: summarize(A1),
      Z2: summarize(cache.Z[2]!),
      A2: summarize(cache.A[2]!),
      dZ2: summarize(workspace.dZ[1]!),
      dW2: summarize(grads.dW[1]!),
      db2: summarize(grads.db[1]!),
      gPrime1: gPrimeSummary,
      dZ1: summarize(workspace.dZ[0]!),
      dW1: summarize(grads.dW[0]!),
      db1: summarize(grads.db[0]!),
    },
  };
}
