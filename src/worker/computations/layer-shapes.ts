/**
 * Lesson 18's layer builder: build the network the student described with the engine
 * (validateConfig, initializeParameters, forward, backward on a random X of the chosen size)
 * and report the shape of every matrix the engine really produced:
 *   W[l], dW[l] (n[l], n[l-1]);  b[l], db[l] (n[l], 1);  Z[l], A[l], dZ[l], dA[l] (n[l], m).
 * With `edit`, W[l] or b[l] is replaced by a matrix of the typed shape and the pass is run
 * again: a shape that does not fit makes the engine throw its ShapeError, which is returned.
 */
import { EngineError, engineMessageOf, type EngineMessage } from '../../engine-error.ts';
import { binaryCrossEntropyDerivative } from '../../math/losses.ts';
import { matmulTransA } from '../../math/gemm.ts';
import { type Matrix, ShapeError, matrix, zeros } from '../../math/matrix.ts';
import { createRng } from '../../math/rng.ts';
import { backward, createBackwardWorkspace } from '../../nn/backward.ts';
import { validateConfig } from '../../nn/config.ts';
import { forward } from '../../nn/forward.ts';
import { initializeParameters } from '../../nn/initialize.ts';
import type { NetworkConfig, Parameters } from '../../nn/types.ts';
import type { ComputeContext } from './context.ts';
import { BUILDER_LIMITS } from '../../computation-limits.ts';

export { BUILDER_LIMITS };

export type Shape = readonly [rows: number, cols: number];

export interface LayerShapesInput {
  /** [n_x, n[1], ..., n[L]] */
  layerSizes: number[];
  m: number;
  seed: number;
  /** replace W[layer] or b[layer] by a (rows, cols) matrix */
  edit?: { param: 'W' | 'b'; layer: number; rows: number; cols: number } | null;
}

export interface LayerShapes {
  /** the notes' l, 1..L */
  l: number;
  n: number;
  activation: string;
  W: Shape;
  b: Shape;
  Z: Shape;
  A: Shape;
  dZ: Shape;
  dA: Shape;
  dW: Shape;
  db: Shape;
}

export interface EditResult {
  param: 'W' | 'b';
  layer: number;
  got: Shape;
  /** what the rule asks for: (n[l], n[l-1]) or (n[l], 1) */
  expected: Shape;
  fits: boolean;
  /** the engine's ShapeError message when it does not fit */
  message: string | null;
  /** the same with its code and numbers, for other languages */
  refusal: EngineMessage | null;
}

export interface LayerShapesOutput {
  layerSizes: number[];
  m: number;
  /** A[0] = X */
  X: Shape;
  layers: LayerShapes[];
  parameterCount: number;
  edit: EditResult | null;
}

const shapeOf = (M: Matrix): Shape => [M.rows, M.cols];

function checkLimits(config: NetworkConfig, m: number): void {
  const sizes = config.layerSizes;
  if (!Number.isInteger(m) || m < 1 || m > BUILDER_LIMITS.m) {
    throw new EngineError(
      `m must be a whole number from 1 to ${BUILDER_LIMITS.m}, got ${String(m)}`,
      'builder-m',
      { limit: BUILDER_LIMITS.m, value: String(m) },
    );
  }
  const L = sizes.length - 1;
  if (L > BUILDER_LIMITS.layers) {
    throw new EngineError(
      `the builder holds at most L = ${BUILDER_LIMITS.layers} layers, got L = ${L}`,
      'builder-layers',
      { limit: BUILDER_LIMITS.layers, layers: L },
    );
  }
  let parameters = 0;
  let activations = 0;
  for (let l = 1; l <= L; l++) {
    parameters += sizes[l]! * (sizes[l - 1]! + 1);
    activations += sizes[l]! * m;
  }
  if (parameters > BUILDER_LIMITS.parameters) {
    throw new EngineError(
      `this network has ${parameters} parameters (W and b); the builder stops at ${BUILDER_LIMITS.parameters} so it runs on a phone`,
      'builder-parameters',
      { count: parameters, limit: BUILDER_LIMITS.parameters },
    );
  }
  if (activations > BUILDER_LIMITS.activations) {
    throw new EngineError(
      `Z and A would hold ${activations} numbers ((n[1] + ... + n[L]) x m); the builder stops at ${BUILDER_LIMITS.activations}`,
      'builder-activations',
      { count: activations, limit: BUILDER_LIMITS.activations },
    );
  }
}

/** Forward and backward once; the shapes of every matrix the engine made. */
function run(config: NetworkConfig, params: Parameters, X: Matrix, Y: Matrix): LayerShapes[] {
  const L = config.layerSizes.length - 1;
  const cache = forward(config, params, X);
  const workspace = createBackwardWorkspace(config, X.cols);
  const grads = backward(config, params, cache, Y, workspace);
  const layers: LayerShapes[] = [];
  for (let l = 1; l <= L; l++) {
    const dZ = workspace.dZ[l - 1]!;
    // dA[l] = W[l+1]^T dZ[l+1] for a hidden layer; dA[L] = -y/a + (1-y)/(1-a) at the output.
    let dA: Matrix;
    if (l < L) dA = matmulTransA(params.W[l]!, workspace.dZ[l]!);
    else {
      dA = zeros(cache.A[L]!.rows, cache.A[L]!.cols);
      binaryCrossEntropyDerivative(cache.A[L]!, Y, dA);
    }
    layers.push({
      l,
      n: config.layerSizes[l]!,
      activation: l < L ? config.hiddenActivation : config.outputActivation,
      W: shapeOf(params.W[l - 1]!),
      b: shapeOf(params.b[l - 1]!),
      Z: shapeOf(cache.Z[l]!),
      A: shapeOf(cache.A[l]!),
      dZ: shapeOf(dZ),
      dA: shapeOf(dA),
      dW: shapeOf(grads.dW[l - 1]!),
      db: shapeOf(grads.db[l - 1]!),
    });
  }
  return layers;
}

function tryEdit(
  config: NetworkConfig,
  params: Parameters,
  X: Matrix,
  Y: Matrix,
  edit: NonNullable<LayerShapesInput['edit']>,
): EditResult {
  const L = config.layerSizes.length - 1;
  const { param, layer, rows, cols } = edit;
  if (!Number.isInteger(layer) || layer < 1 || layer > L) {
    throw new EngineError(
      `there is no layer ${String(layer)}: this network has layers 1 to ${L}`,
      'builder-no-layer',
      { layer: String(layer), layers: L },
    );
  }
  for (const [what, v] of [
    ['rows', rows],
    ['columns', cols],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 4096) {
      throw new EngineError(
        `a typed shape needs a whole number of ${what} from 1 to 4096, got ${String(v)}`,
        what === 'rows' ? 'builder-edit-rows' : 'builder-edit-columns',
        { value: String(v) },
      );
    }
  }
  const n = config.layerSizes[layer]!;
  const expected: Shape = param === 'W' ? [n, config.layerSizes[layer - 1]!] : [n, 1];
  const swapped: Parameters = { W: params.W.slice(), b: params.b.slice() };
  swapped[param][layer - 1] = zeros(rows, cols);
  try {
    run(config, swapped, X, Y);
    return { param, layer, got: [rows, cols], expected, fits: true, message: null, refusal: null };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return {
      param,
      layer,
      got: [rows, cols],
      expected,
      fits: false,
      message: error.message,
      refusal: engineMessageOf(error),
    };
  }
}

export function layerShapes(_context: ComputeContext, input: LayerShapesInput): LayerShapesOutput {
  const config: NetworkConfig = {
    layerSizes: input.layerSizes,
    hiddenActivation: 'relu',
    outputActivation: 'sigmoid',
    loss: 'cross-entropy',
  };
  // The engine's own rules first (whole sizes >= 1, its caps), then the builder's budget.
  validateConfig(config);
  checkLimits(config, input.m);
  const rng = createRng(input.seed);
  const params = initializeParameters(config, 'he', rng);
  const nx = config.layerSizes[0]!;
  const nL = config.layerSizes[config.layerSizes.length - 1]!;
  const X = matrix(nx, input.m);
  for (let k = 0; k < X.data.length; k++) X.data[k] = rng.normal();
  const Y = matrix(nL, input.m);
  for (let k = 0; k < Y.data.length; k++) Y.data[k] = rng.next() < 0.5 ? 0 : 1;
  const layers = run(config, params, X, Y);
  let parameterCount = 0;
  for (let l = 0; l < params.W.length; l++) {
    parameterCount += params.W[l]!.data.length + params.b[l]!.data.length;
  }
  return {
    layerSizes: config.layerSizes.slice(),
    m: input.m,
    X: shapeOf(X),
    layers,
    parameterCount,
    edit: input.edit ? tryEdit(config, params, X, Y, input.edit) : null,
  };
}
