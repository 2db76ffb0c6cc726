/**
 * Backpropagation, the notes' equations for l = L, L-1, ..., 1:
 *
 *   dZ[L]   = A[L] - Y                                  sigmoid or softmax with cross-entropy
 *   dZ[L]   = (A[L] - Y) * g[L]'(Z[L])                  squared error (softmax: its Jacobian)
 *   dW[l]   = (1/m) dZ[l] A[l-1]^T                      (n[l], n[l-1])
 *   db[l]   = (1/m) sum(dZ[l], axis=1, keepdims=True)   (n[l], 1)
 *   dZ[l-1] = W[l]^T dZ[l] * g[l-1]'(Z[l-1])            (n[l-1], m)
 *
 * dA[l-1] = W[l]^T dZ[l] is computed straight into dZ[l-1]'s buffer and multiplied there by
 * g'(Z[l-1]), so one buffer per layer suffices. Layer 1 needs no dA[0] (X has no gradient).
 */
import { multiplyByDerivative, softmaxBackward } from '../math/activation-kernels';
import { sumRowsInto } from '../math/broadcast';
import { matmulTransA, matmulTransB } from '../math/gemm';
import { checkLabels } from '../math/losses';
import { type DType, type Matrix, dtypeOf, zeros } from '../math/matrix';
import {
  type Cache,
  type Gradients,
  type NetworkConfig,
  type Parameters,
  layerCount,
} from './types';

/** Buffers for one backward pass over m examples: the gradients and dZ[l] for l = 1..L. */
export interface BackwardWorkspace {
  grads: Gradients;
  /** dZ[l - 1] holds dZ[l], (n[l], m) */
  dZ: Matrix[];
}

/** Allocates a workspace for m examples. */
export function createBackwardWorkspace(
  config: NetworkConfig,
  m: number,
  dtype: DType = 'float32',
): BackwardWorkspace {
  const grads: Gradients = { dW: [], db: [] };
  const dZ: Matrix[] = [];
  for (let l = 1; l <= layerCount(config); l++) {
    const n = config.layerSizes[l]!;
    grads.dW.push(zeros(n, config.layerSizes[l - 1]!, dtype));
    grads.db.push(zeros(n, 1, dtype));
    dZ.push(zeros(n, m, dtype));
  }
  return { grads, dZ };
}

function workspaceFits(ws: BackwardWorkspace, config: NetworkConfig, m: number, dtype: DType) {
  return ws.dZ.every(
    (dZ, i) => dZ.rows === config.layerSizes[i + 1] && dZ.cols === m && dtypeOf(dZ.data) === dtype,
  );
}

/**
 * dZ[L], the gradient of the cost (times m) with respect to Z[L]. Writes into dZL.
 * For cross-entropy after sigmoid or softmax the chain rule collapses to A - Y.
 */
export function outputGradient(config: NetworkConfig, AL: Matrix, Y: Matrix, dZL: Matrix): void {
  checkLabels(AL, Y);
  const a = AL.data;
  const y = Y.data;
  const d = dZL.data;
  for (let i = 0; i < d.length; i++) d[i] = a[i]! - y[i]!;
  if (config.loss === 'cross-entropy') return;
  // Squared error: dA = A - Y (now in dZL), then dZ = dA * g'(Z) through the output activation.
  if (config.outputActivation === 'softmax') softmaxBackward(AL, dZL);
  else multiplyByDerivative('sigmoid', a, a, d);
}

/**
 * Gradients of the cost for the cached forward pass. Writes into `workspace` when it fits
 * (the trainer keeps one per batch size); allocates otherwise. Returns the gradients.
 */
export function backward(
  config: NetworkConfig,
  params: Parameters,
  cache: Cache,
  Y: Matrix,
  workspace?: BackwardWorkspace,
): Gradients {
  const L = layerCount(config);
  const AL = cache.A[L]!;
  const m = AL.cols;
  const dtype = dtypeOf(AL.data);
  const ws =
    workspace && workspaceFits(workspace, config, m, dtype)
      ? workspace
      : createBackwardWorkspace(config, m, dtype);
  const { dW, db } = ws.grads;
  outputGradient(config, AL, Y, ws.dZ[L - 1]!);
  for (let l = L; l >= 1; l--) {
    const dZ = ws.dZ[l - 1]!;
    matmulTransB(dZ, cache.A[l - 1]!, dW[l - 1], 1 / m);
    sumRowsInto(dZ, db[l - 1]!, 1 / m);
    if (l > 1) {
      const dZprev = ws.dZ[l - 2]!;
      matmulTransA(params.W[l - 1]!, dZ, dZprev); // dA[l-1] = W[l]^T dZ[l]
      multiplyByDerivative(
        config.hiddenActivation,
        cache.A[l - 1]!.data,
        cache.Z[l - 1]!.data,
        dZprev.data,
      );
    }
  }
  return ws.grads;
}
