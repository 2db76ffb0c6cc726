/**
 * Parameter updates, applied to every W[l] and b[l] with its gradient dW[l], db[l]:
 *
 *   gd        W := W - alpha dW
 *   momentum  v := beta v + (1 - beta) dW;            W := W - alpha v
 *   adam      v := beta1 v + (1 - beta1) dW;  s := beta2 s + (1 - beta2) dW^2
 *             v^ = v / (1 - beta1^t);  s^ = s / (1 - beta2^t);  W := W - alpha v^ / (sqrt(s^) + eps)
 *
 * The velocity and squared-gradient buffers are allocated once, at creation; update() writes
 * into the parameters in place and allocates nothing.
 *
 * Divergence check: every loop below also sums (w - w) over the parameters it has just written,
 * which is 0 when all are finite and NaN as soon as one is NaN or infinite. The trainer used to
 * check the parameters in a separate pass after each update; this reads no extra memory and
 * still sees every parameter at the step it goes bad (every parameter is written every step).
 */
import { WasmAdamState } from '../math/adam-wasm';
import type { Floats } from '../math/matrix';
import { type Gradients, OPTIMIZER_NAMES, type OptimizerName, type Parameters } from './types';

export interface OptimizerOptions {
  learningRate: number;
  /** Adam's first-moment decay, default 0.9 */
  beta1?: number;
  /** Adam's second-moment decay, default 0.999 */
  beta2?: number;
  /** Adam's epsilon, default 1e-8 */
  epsilon?: number;
  /** momentum's beta, default 0.9 */
  momentum?: number;
}

export interface Optimizer {
  readonly name: OptimizerName;
  /** alpha; may be changed between updates */
  learningRate: number;
  /**
   * One step: params := params - alpha * (direction from grads). Writes into params.
   * Returns true when every parameter is finite afterwards (false: some are NaN or infinite).
   */
  update(params: Parameters, grads: Gradients): boolean;
}

function flat(params: Parameters): Floats[] {
  return [...params.W.map((M) => M.data), ...params.b.map((M) => M.data)];
}

function flatGrads(grads: Gradients): Floats[] {
  return [...grads.dW.map((M) => M.data), ...grads.db.map((M) => M.data)];
}

function allFloat32(arrays: Floats[]): arrays is Float32Array[] {
  return arrays.every((d) => d instanceof Float32Array);
}

export function checkLearningRate(alpha: number): void {
  if (!Number.isFinite(alpha) || alpha <= 0) {
    throw new Error(`the learning rate must be a positive number, got ${alpha}`);
  }
}

export function createOptimizer(
  name: OptimizerName,
  params: Parameters,
  options: OptimizerOptions,
): Optimizer {
  if (!OPTIMIZER_NAMES.includes(name)) {
    throw new Error(`unknown optimizer '${String(name)}': use gd, momentum or adam`);
  }
  checkLearningRate(options.learningRate);
  const beta = options.momentum ?? 0.9;
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const eps = options.epsilon ?? 1e-8;
  const shapes = flat(params).map((d) => d.length);
  const v = name === 'gd' ? [] : shapes.map((n) => new Float64Array(n));
  const s = name === 'adam' ? shapes.map((n) => new Float64Array(n)) : [];
  // Float32 parameters take Adam through WebAssembly when it loads (same numbers, see there).
  const wasmAdam = name === 'adam' && allFloat32(flat(params)) ? new WasmAdamState(v, s) : null;
  let t = 0;
  let alpha = options.learningRate;

  return {
    name,
    get learningRate() {
      return alpha;
    },
    set learningRate(value: number) {
      checkLearningRate(value);
      alpha = value;
    },
    update(p: Parameters, grads: Gradients) {
      const P = flat(p);
      const G = flatGrads(grads);
      t++;
      const c1 = 1 - Math.pow(beta1, t);
      const c2 = 1 - Math.pow(beta2, t);
      const { step, epsilon } = adamStepSize(alpha, c1, c2, eps);
      for (let k = 0; k < P.length; k++) {
        if (G[k]!.length !== P[k]!.length) {
          throw new Error(
            `gradient ${k} has ${G[k]!.length} numbers but its parameter has ${P[k]!.length}`,
          );
        }
      }
      if (wasmAdam !== null && allFloat32(P) && allFloat32(G)) {
        const check = wasmAdam.update(P, G, beta1, beta2, step, epsilon);
        if (check !== null) return check === 0;
      }
      let check = 0;
      for (let k = 0; k < P.length; k++) {
        const w = P[k]!;
        const g = G[k]!;
        if (name === 'gd') check += gdLoop(w, g, alpha);
        else if (name === 'momentum') check += momentumLoop(w, g, v[k]!, beta, alpha);
        else check += adamLoop(w, g, v[k]!, s[k]!, beta1, beta2, step, epsilon);
      }
      return check === 0;
    },
  };
}

/** W := W - alpha dW on one parameter array; returns the sum of (w - w), see the top. */
function gdLoop(w: Floats, g: Floats, alpha: number): number {
  let check = 0;
  for (let i = 0; i < w.length; i++) {
    w[i] = w[i]! - alpha * g[i]!;
    const stored = w[i]!; // as stored: float32 can overflow where float64 did not
    check += stored - stored;
  }
  return check;
}

/** Momentum on one parameter array; returns the sum of (w - w), see the top. */
function momentumLoop(w: Floats, g: Floats, v: Float64Array, beta: number, alpha: number): number {
  let check = 0;
  for (let i = 0; i < w.length; i++) {
    const vi = beta * v[i]! + (1 - beta) * g[i]!;
    v[i] = vi;
    w[i] = w[i]! - alpha * vi;
    const stored = w[i]!;
    check += stored - stored;
  }
  return check;
}

/**
 * Adam's bias corrections folded into the step size, the form of Kingma and Ba's paper
 * (section 2), with c1 = 1 - beta1^t and c2 = 1 - beta2^t:
 *   alpha v^ / (sqrt(s^) + eps) = (alpha sqrt(c2) / c1) v / (sqrt(s) + eps sqrt(c2))
 * the same number with one division and one square root per parameter instead of three
 * divisions.
 */
function adamStepSize(alpha: number, c1: number, c2: number, eps: number) {
  const root = Math.sqrt(c2);
  return { step: (alpha * root) / c1, epsilon: eps * root };
}

/**
 * Adam's update of one parameter array, written for speed (a 784-128-10 network has 101,770
 * parameters, updated 469 times an epoch on MNIST), with step and epsilon from adamStepSize.
 * math/adam-wasm.ts does the same arithmetic two lanes at a time for float32 parameters. In its
 * own function so that V8 specialises the loop to the arrays' types.
 * Returns the sum of (w - w) over the written parameters (see the top).
 */
function adamLoop(
  w: Floats,
  g: Floats,
  v: Float64Array,
  s: Float64Array,
  beta1: number,
  beta2: number,
  step: number,
  epsilon: number,
): number {
  const keep1 = 1 - beta1;
  const keep2 = 1 - beta2;
  const n = w.length;
  let check = 0;
  for (let i = 0; i < n; i++) {
    const gi = g[i]!;
    const vi = beta1 * v[i]! + keep1 * gi;
    const si = beta2 * s[i]! + keep2 * gi * gi;
    v[i] = vi;
    s[i] = si;
    w[i] = w[i]! - (step * vi) / (Math.sqrt(si) + epsilon);
    const stored = w[i]!;
    check += stored - stored;
  }
  return check;
}
