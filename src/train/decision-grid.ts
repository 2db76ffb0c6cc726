/**
 * The decision surface of a 2-input network over a rectangle, for painting into a canvas:
 * pixel (r, c) of a resolution x resolution image is the network's P(y = 1) at its centre
 *   x1 = xMin + (c + 1/2) / resolution (xMax - xMin)
 *   x2 = yMax - (r + 1/2) / resolution (yMax - yMin)       (row 0 is the top, yMax)
 * stored at out[r * resolution + c]. For softmax outputs P(y = 1) is the second unit's
 * probability; with K > 2 classes the value is the index of the most likely class instead.
 */
import { type ActivationName } from '../math/activations';
import { activateInto, tanhApprox } from '../math/activation-kernels';
import { validateParameters } from '../nn/config';
import { type NetworkConfig, type Parameters, layerCount } from '../nn/types';

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export const MAX_RESOLUTION = 1024;

/**
 * Evaluates decision grids without allocating: it holds the buffers for one image row of every
 * layer's activations (grown to the widest network and resolution seen), so a session keeps one
 * and a dragged slider repaints with no garbage. The network runs one image row at a time, in
 * float64, with the same layer equations as forward():
 *   Z[l] = W[l] A[l-1] + b[l],  A[l] = g(Z[l])
 * except that hidden tanh uses tanhApprox (within 2.7e-7 of Math.tanh, invisible in a picture,
 * 3x faster). decision-grid.test.ts checks the result against forward().
 */
export class GridEvaluator {
  /** x1 of each image column */
  private x1 = new Float64Array(0);
  /** A[l - 1] and A[l] of one image row, (width, resolution) each, swapped per layer */
  private previous = new Float64Array(0);
  private current = new Float64Array(0);

  /** Writes into `out` when given (length resolution^2), allocates otherwise; returns it. */
  evaluate(
    config: NetworkConfig,
    params: Parameters,
    bounds: Bounds,
    resolution: number,
    out?: Float32Array,
  ): Float32Array {
    checkGrid(config, bounds, resolution);
    validateParameters(config, params);
    const n = resolution * resolution;
    const result = out ?? new Float32Array(n);
    if (result.length !== n) {
      throw new Error(`out has ${result.length} numbers but the grid needs ${n}`);
    }
    const { xMin, xMax, yMin, yMax } = bounds;
    const R = resolution;
    const L = layerCount(config);
    const width = Math.max(...config.layerSizes);
    if (this.x1.length < R) this.x1 = new Float64Array(R);
    if (this.current.length < width * R) {
      this.previous = new Float64Array(width * R);
      this.current = new Float64Array(width * R);
    }
    const x1 = this.x1;
    for (let c = 0; c < R; c++) x1[c] = xMin + ((c + 0.5) / R) * (xMax - xMin);
    for (let r = 0; r < R; r++) {
      const x2 = yMax - ((r + 0.5) / R) * (yMax - yMin);
      // Layer 1 from the two inputs directly: z = W[0] x1 + (W[1] x2 + b).
      let A = this.current;
      let prev = this.previous;
      const W1 = params.W[0]!.data;
      const b1 = params.b[0]!.data;
      const n1 = config.layerSizes[1]!;
      for (let h = 0; h < n1; h++) {
        const w = W1[2 * h]!;
        const shift = W1[2 * h + 1]! * x2 + b1[h]!;
        const o = h * R;
        for (let c = 0; c < R; c++) A[o + c] = w * x1[c]! + shift;
      }
      activate(config, 1, L, A, n1 * R);
      for (let l = 2; l <= L; l++) {
        [prev, A] = [A, prev];
        denseLayer(
          params.W[l - 1]!.data,
          params.b[l - 1]!.data,
          config.layerSizes[l - 1]!,
          prev,
          A,
          R,
        );
        activate(config, l, L, A, config.layerSizes[l]! * R);
      }
      storeRow(A, config.layerSizes[L]!, config.outputActivation === 'softmax', R, result, r * R);
    }
    return result;
  }
}

/**
 * A one-off grid; allocates its buffers. A session that repaints should keep a GridEvaluator
 * and call its evaluate() instead.
 */
export function decisionGrid(
  config: NetworkConfig,
  params: Parameters,
  bounds: Bounds,
  resolution: number,
  out?: Float32Array,
): Float32Array {
  return new GridEvaluator().evaluate(config, params, bounds, resolution, out);
}

function checkGrid(config: NetworkConfig, bounds: Bounds, resolution: number): void {
  if (config.layerSizes[0] !== 2) {
    throw new Error(
      `a decision grid needs a network with n_x = 2 inputs, got ${config.layerSizes[0]}`,
    );
  }
  if (!Number.isInteger(resolution) || resolution < 1 || resolution > MAX_RESOLUTION) {
    throw new Error(
      `resolution must be a whole number from 1 to ${MAX_RESOLUTION}, got ${resolution}`,
    );
  }
  const { xMin, xMax, yMin, yMax } = bounds;
  if (![xMin, xMax, yMin, yMax].every(Number.isFinite) || !(xMax > xMin) || !(yMax > yMin)) {
    throw new Error(
      `bounds must be finite with xMax > xMin and yMax > yMin, got ${JSON.stringify(bounds)}`,
    );
  }
}

/** Z = W A_prev + b for one image row of R points: (rows of W, R) into A. */
function denseLayer(
  W: ArrayLike<number>,
  b: ArrayLike<number>,
  inputs: number,
  prev: Float64Array,
  A: Float64Array,
  R: number,
): void {
  const units = b.length;
  for (let i = 0; i < units; i++) {
    const o = i * R;
    const bi = b[i]!;
    for (let c = 0; c < R; c++) A[o + c] = bi;
    for (let k = 0; k < inputs; k++) {
      const w = W[i * inputs + k]!;
      const pk = k * R;
      for (let c = 0; c < R; c++) A[o + c] = A[o + c]! + w * prev[pk + c]!;
    }
  }
}

/** A = g(Z) in place for layer l: the hidden activation, or sigmoid at L (softmax waits). */
function activate(config: NetworkConfig, l: number, L: number, A: Float64Array, count: number) {
  if (l === L) {
    if (config.outputActivation !== 'softmax') {
      activateInto('sigmoid', A.subarray(0, count), A.subarray(0, count));
    }
    return;
  }
  const name: ActivationName = config.hiddenActivation;
  if (name === 'tanh') for (let i = 0; i < count; i++) A[i] = tanhApprox(A[i]!);
  else activateInto(name, A.subarray(0, count), A.subarray(0, count));
}

/**
 * One image row of the output layer's K rows into out: P(y = 1) for one unit, the second unit's
 * probability for two, else the most likely class. Softmax only needs z: with two classes
 * P(class 1) = sigma(z1 - z0), and the largest z is the largest probability.
 */
function storeRow(
  A: Float64Array,
  K: number,
  softmax: boolean,
  R: number,
  out: Float32Array,
  at: number,
): void {
  if (K === 1) {
    for (let c = 0; c < R; c++) out[at + c] = A[c]!;
    return;
  }
  if (K === 2) {
    if (softmax) {
      for (let c = 0; c < R; c++) out[at + c] = 1 / (1 + Math.exp(A[c]! - A[R + c]!));
    } else {
      for (let c = 0; c < R; c++) out[at + c] = A[R + c]!;
    }
    return;
  }
  for (let c = 0; c < R; c++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (A[k * R + c]! > A[best * R + c]!) best = k;
    out[at + c] = best;
  }
}
