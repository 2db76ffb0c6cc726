/**
 * Initial parameters. b[l] always starts at zero; W[l] (n[l], n[l-1]) is
 *   zeros    0                                   (every hidden unit stays identical: symmetry)
 *   random   randn * scale, scale 0.01 by default (the notes' np.random.randn(...) * 0.01)
 *   xavier   randn * sqrt(1 / n[l-1])
 *   he       randn * sqrt(2 / n[l-1])             (for ReLU)
 * Normals are drawn from `rng` layer by layer, row by row, so a seed fixes every weight.
 * Allocates the parameters.
 */
import type { Rng } from '../math/rng';
import { type DType, zeros } from '../math/matrix';
import { validateConfig } from './config';
import {
  INIT_NAMES,
  type InitName,
  type NetworkConfig,
  type Parameters,
  layerCount,
} from './types';

export const DEFAULT_RANDOM_SCALE = 0.01;

/** The standard deviation used for W[l] with n[l-1] inputs. */
export function initScale(init: InitName, fanIn: number, scale = DEFAULT_RANDOM_SCALE): number {
  switch (init) {
    case 'zeros':
      return 0;
    case 'random':
      return scale;
    case 'xavier':
      return Math.sqrt(1 / fanIn);
    case 'he':
      return Math.sqrt(2 / fanIn);
  }
}

export function initializeParameters(
  config: NetworkConfig,
  init: InitName,
  rng: Rng,
  scale: number = DEFAULT_RANDOM_SCALE,
  dtype: DType = 'float32',
): Parameters {
  validateConfig(config);
  if (!INIT_NAMES.includes(init)) {
    throw new Error(`unknown initialisation '${String(init)}': use zeros, random, xavier or he`);
  }
  if (!Number.isFinite(scale)) throw new Error(`the initial scale must be finite, got ${scale}`);
  const params: Parameters = { W: [], b: [] };
  for (let l = 1; l <= layerCount(config); l++) {
    const rows = config.layerSizes[l]!;
    const cols = config.layerSizes[l - 1]!;
    const W = zeros(rows, cols, dtype);
    const s = initScale(init, cols, scale);
    if (s !== 0) for (let i = 0; i < W.data.length; i++) W.data[i] = rng.normal() * s;
    params.W.push(W);
    params.b.push(zeros(rows, 1, dtype));
  }
  return params;
}

/** A deep copy of parameters, optionally in another dtype. Allocates. */
export function cloneParameters(params: Parameters, dtype?: DType): Parameters {
  const copy = (M: Parameters['W'][number]) => {
    const data =
      dtype === 'float64'
        ? new Float64Array(M.data.length)
        : dtype === 'float32'
          ? new Float32Array(M.data.length)
          : M.data.slice();
    data.set(M.data);
    return { rows: M.rows, cols: M.cols, data };
  };
  return { W: params.W.map(copy), b: params.b.map(copy) };
}
