/**
 * Forward propagation, layer by layer, as in the notes:
 *   Z[l] = W[l] A[l-1] + b[l]      (n[l], m)
 *   A[l] = g[l](Z[l])              g = hidden activation for l < L, sigmoid or softmax at L
 * with A[0] = X (n_x, m), one example per column.
 */
import { activateInto, addBiasAndActivate, softmaxInto } from '../math/activation-kernels';
import { addColumnInPlace } from '../math/broadcast';
import { matmul } from '../math/gemm';
import { type DType, type Matrix, ShapeError, dtypeOf, shapeText, zeros } from '../math/matrix';
import { validateParameters } from './config';
import { type Cache, type NetworkConfig, type Parameters, layerCount } from './types';

const EMPTY: Matrix = { rows: 0, cols: 0, data: new Float32Array(0) };

/**
 * A cache for m examples: Z[l] and A[l] of shape (n[l], m) in the parameters' dtype.
 * A[0] is a placeholder until forward() sets it to X. Allocates.
 */
export function createCache(config: NetworkConfig, m: number, dtype: DType = 'float32'): Cache {
  const Z: Matrix[] = [EMPTY];
  const A: Matrix[] = [EMPTY];
  for (let l = 1; l <= layerCount(config); l++) {
    Z.push(zeros(config.layerSizes[l]!, m, dtype));
    A.push(zeros(config.layerSizes[l]!, m, dtype));
  }
  return { Z, A };
}

function cacheFits(cache: Cache, config: NetworkConfig, m: number, like: Matrix): boolean {
  const L = layerCount(config);
  if (cache.Z.length !== L + 1 || cache.A.length !== L + 1) return false;
  for (let l = 1; l <= L; l++) {
    const Z = cache.Z[l]!;
    const A = cache.A[l]!;
    const n = config.layerSizes[l]!;
    if (Z.rows !== n || Z.cols !== m || A.rows !== n || A.cols !== m) return false;
    if (dtypeOf(Z.data) !== dtypeOf(like.data)) return false;
  }
  return true;
}

/** Throws the notes' dimension rule when X does not fit W[1]. */
export function checkInput(config: NetworkConfig, params: Parameters, X: Matrix): void {
  const W1 = params.W[0]!;
  if (X.rows !== W1.cols) {
    throw new ShapeError(
      `W[1] is ${shapeText(W1)} but A[0] = X is ${shapeText(X)}: W[l] must be (n[l], n[l-1]), so X needs n_x = ${W1.cols} rows (one feature per row, one example per column)`,
      'shape-input',
      { W: shapeText(W1), X: shapeText(X), nx: W1.cols },
    );
  }
  if (X.rows !== config.layerSizes[0]) {
    throw new ShapeError(
      `X is ${shapeText(X)} but the network expects n_x = ${config.layerSizes[0]} rows`,
      'shape-input-rows',
      { X: shapeText(X), nx: config.layerSizes[0]! },
    );
  }
}

/**
 * Runs the network on X. Writes into `cache` when it has the right shapes for X's m columns
 * (the trainer reuses one per batch size); allocates a new cache otherwise. Returns the cache.
 */
export function forward(
  config: NetworkConfig,
  params: Parameters,
  X: Matrix,
  cache?: Cache,
): Cache {
  validateParameters(config, params);
  checkInput(config, params, X);
  const L = layerCount(config);
  const m = X.cols;
  const like = params.W[0]!;
  const c =
    cache && cacheFits(cache, config, m, like) ? cache : createCache(config, m, dtypeOf(like.data));
  c.A[0] = X;
  for (let l = 1; l <= L; l++) {
    const Z = c.Z[l]!;
    const A = c.A[l]!;
    matmul(params.W[l - 1]!, c.A[l - 1]!, Z);
    const b = params.b[l - 1]!;
    if (l < L) addBiasAndActivate(config.hiddenActivation, Z, b, A, `b[${l}]`);
    else {
      addColumnInPlace(Z, b, `b[${l}]`);
      if (config.outputActivation === 'softmax') softmaxInto(Z, A);
      else activateInto('sigmoid', Z.data, A.data);
    }
  }
  return c;
}

/** A[L] = y-hat for X: probabilities, (n[L], m). Allocates a cache. */
export function predict(config: NetworkConfig, params: Parameters, X: Matrix): Matrix {
  const cache = forward(config, params, X);
  return cache.A[layerCount(config)]!;
}
