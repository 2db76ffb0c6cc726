/**
 * The decision surface of a 2-input network over a rectangle, for painting into a canvas:
 * pixel (r, c) of a resolution x resolution image is the network's P(y = 1) at its centre
 *   x1 = xMin + (c + 1/2) / resolution (xMax - xMin)
 *   x2 = yMax - (r + 1/2) / resolution (yMax - yMin)       (row 0 is the top, yMax)
 * stored at out[r * resolution + c]. For softmax outputs P(y = 1) is the second unit's
 * probability; with K > 2 classes the value is the index of the most likely class instead.
 */
import { type Matrix, zeros } from '../math/matrix';
import { forward } from '../nn/forward';
import { type Cache, type NetworkConfig, type Parameters, layerCount } from '../nn/types';
import { predictedClass } from './metrics';

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export const MAX_RESOLUTION = 1024;

/** Reused between calls (a slider redraws the grid many times a second). */
let gridX: Matrix | undefined;
let gridKey = '';
let gridCache: Cache | undefined;

/** Writes into `out` when given (length resolution^2), allocates otherwise; returns it. */
export function decisionGrid(
  config: NetworkConfig,
  params: Parameters,
  bounds: Bounds,
  resolution: number,
  out?: Float32Array,
): Float32Array {
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
  const n = resolution * resolution;
  const result = out ?? new Float32Array(n);
  if (result.length !== n)
    throw new Error(`out has ${result.length} numbers but the grid needs ${n}`);

  const key = `${xMin},${xMax},${yMin},${yMax},${resolution}`;
  if (gridX === undefined || key !== gridKey) {
    gridX = zeros(2, n);
    for (let r = 0; r < resolution; r++) {
      const x2 = yMax - ((r + 0.5) / resolution) * (yMax - yMin);
      for (let c = 0; c < resolution; c++) {
        gridX.data[r * resolution + c] = xMin + ((c + 0.5) / resolution) * (xMax - xMin);
        gridX.data[n + r * resolution + c] = x2;
      }
    }
    gridKey = key;
  }
  gridCache = forward(config, params, gridX, gridCache);
  const AL = gridCache.A[layerCount(config)]!;
  if (AL.rows === 1) result.set(AL.data);
  else if (AL.rows === 2) result.set(AL.data.subarray(n, 2 * n));
  else for (let i = 0; i < n; i++) result[i] = predictedClass(AL, i);
  return result;
}
