/**
 * Gradient descent on J(w, b) of one-feature logistic regression (cross-entropy), as the
 * notes write it:  w := w - alpha dJ/dw,  b := b - alpha dJ/db.
 * The path records every point it visits with J and the gradient there; the surface
 * is J on a grid of (w, b); a run is classified from its own numbers.
 */
import { type OneFeatureModel } from './one-feature-costs';

export interface DescentPath {
  /** (w, b, J, dJ/dw, dJ/db) at step 0 (the start) .. steps; shorter if J stopped being finite */
  w: Float64Array;
  b: Float64Array;
  J: Float64Array;
  dw: Float64Array;
  db: Float64Array;
}

export function descentPath(
  model: OneFeatureModel,
  start: { w: number; b: number },
  learningRate: number,
  steps: number,
): DescentPath {
  const n = steps + 1;
  const path: DescentPath = {
    w: new Float64Array(n),
    b: new Float64Array(n),
    J: new Float64Array(n),
    dw: new Float64Array(n),
    db: new Float64Array(n),
  };
  let { w, b } = start;
  let k = 0;
  for (; k < n; k++) {
    const g = model.evaluate('cross-entropy', w, b);
    path.w[k] = w;
    path.b[k] = b;
    path.J[k] = g.J;
    path.dw[k] = g.dw;
    path.db[k] = g.db;
    if (!Number.isFinite(g.J) || !Number.isFinite(g.dw) || !Number.isFinite(g.db)) {
      k++;
      break;
    }
    w -= learningRate * g.dw;
    b -= learningRate * g.db;
  }
  if (k === n) return path;
  return {
    w: path.w.slice(0, k),
    b: path.b.slice(0, k),
    J: path.J.slice(0, k),
    dw: path.dw.slice(0, k),
    db: path.db.slice(0, k),
  };
}

export interface SurfaceBounds {
  wMin: number;
  wMax: number;
  bMin: number;
  bMax: number;
}

/**
 * J at resolution x resolution grid nodes: value (row r, column c) at w = wMin + c (wMax - wMin)/(res - 1),
 * b = bMax - r (bMax - bMin)/(res - 1), so row 0 is the top of a plot (largest b). Allocates.
 */
export function costSurface(
  model: OneFeatureModel,
  bounds: SurfaceBounds,
  resolution: number,
): Float64Array {
  const J = new Float64Array(resolution * resolution);
  const dw = (bounds.wMax - bounds.wMin) / (resolution - 1);
  const db = (bounds.bMax - bounds.bMin) / (resolution - 1);
  const { x, y, m } = model;
  for (let r = 0; r < resolution; r++) {
    const b = bounds.bMax - r * db;
    for (let c = 0; c < resolution; c++) {
      const w = bounds.wMin + c * dw;
      // The engine's sigmoidCrossEntropyFromLogits, inlined: this loop runs resolution^2 * m times.
      let sum = 0;
      for (let i = 0; i < m; i++) {
        const z = w * x[i]! + b;
        sum += Math.max(z, 0) - z * y[i]! + Math.log1p(Math.exp(-Math.abs(z)));
      }
      J[r * resolution + c] = sum / m;
    }
  }
  return J;
}

/** A run whose J climbs past this multiple of its starting value has clearly blown up. */
export const BLOW_UP = 1.5;

export type RunVerdict = 'diverging' | 'oscillating' | 'slow' | 'good';

export interface RunSummary {
  verdict: RunVerdict;
  /** steps on which J went up */
  rises: number;
  /** times the path jumped across the valley floor (the steepest direction at the minimum) */
  crossings: number;
  /** the largest J on the path and its step */
  maxJ: number;
  maxStep: number;
  /** fraction of the start's distance to the minimum still left at the last step */
  distanceLeft: number;
}

/** A run that still has more than this fraction of its way to the minimum to go has been slow. */
export const SLOW_DISTANCE = 0.05;

/**
 * Classifies a run from its numbers:
 *  diverging   J climbed to more than BLOW_UP times its starting value (or stopped being finite);
 *  oscillating J never did, but went up on some step or the path jumped
 *              across the valley floor at least 3 times;
 *  slow        steadily downhill but more than 5% of the distance to the minimum is left;
 *  good        otherwise.
 */
export function summariseRun(
  path: DescentPath,
  minimum: { w: number; b: number; J: number },
  steepest: readonly [number, number],
): RunSummary {
  const n = path.J.length;
  const J0 = path.J[0]!;
  let rises = 0;
  let crossings = 0;
  let maxJ = J0;
  let maxStep = 0;
  let finite = true;
  let previousSide = 0;
  // Crossings closer to the floor than a thousandth of the start's distance are rounding, not overshoot.
  const deadZone = 1e-3 * Math.hypot(path.w[0]! - minimum.w, path.b[0]! - minimum.b);
  for (let k = 0; k < n; k++) {
    const J = path.J[k]!;
    if (!Number.isFinite(J)) finite = false;
    // A rise above the start by more than rounding; a run that starts at the minimum stays put.
    if (J > maxJ + 1e-9 * (1 + Math.abs(J0))) {
      maxJ = J;
      maxStep = k;
    }
    if (k > 0 && J > path.J[k - 1]! + 1e-12 * (1 + Math.abs(J))) rises++;
    const across = steepest[0] * (path.w[k]! - minimum.w) + steepest[1] * (path.b[k]! - minimum.b);
    const side = Math.abs(across) > deadZone ? Math.sign(across) : 0;
    if (side !== 0 && previousSide !== 0 && side !== previousSide) crossings++;
    if (side !== 0) previousSide = side;
  }
  const distance = (k: number) => Math.hypot(path.w[k]! - minimum.w, path.b[k]! - minimum.b);
  const distanceLeft = distance(0) > 0 ? distance(n - 1) / distance(0) : 0;
  let verdict: RunVerdict = 'good';
  if (!finite || maxJ > BLOW_UP * J0) verdict = 'diverging';
  else if (rises > 0 || crossings >= 3) verdict = 'oscillating';
  else if (distanceLeft > SLOW_DISTANCE) verdict = 'slow';
  return { verdict, rises, crossings, maxJ, maxStep, distanceLeft };
}
