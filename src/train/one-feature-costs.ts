/**
 * Logistic regression with one feature, so the parameters are exactly (w, b):
 *   z(i) = w x(i) + b,  a(i) = sigma(z(i)),  J(w, b) = (1/m) sum_i L(a(i), y(i))
 * under either loss, with its gradient:
 *   cross-entropy  dz = a - y                      (the notes' dZ = A - Y)
 *   squared error  dz = (a - y) a (1 - a)          (dL/da = a - y, times da/dz = a(1 - a))
 *   dJ/dw = (1/m) sum dz x,   dJ/db = (1/m) sum dz
 * J itself comes from the engine's costs in math/losses.ts (cross-entropy from the logits,
 * exact for any finite z). One `OneFeatureModel` owns its buffers and reuses them for every
 * evaluation, so a curve or a surface allocates nothing per point.
 */
import { sigmoid } from '../math/activations';
import { sigmoidCrossEntropyFromLogits, squaredErrorCost, type LossName } from '../math/losses';
import type { Matrix } from '../math/matrix';

export interface CostAndGradient {
  J: number;
  dw: number;
  db: number;
}

export class OneFeatureModel {
  readonly m: number;
  private readonly Z: Matrix;
  private readonly A: Matrix;
  private readonly Y: Matrix;

  constructor(
    readonly x: Float64Array,
    readonly y: Float64Array,
  ) {
    if (x.length !== y.length || x.length === 0) {
      throw new RangeError(`x has ${x.length} values and y ${y.length}: they must match (m > 0)`);
    }
    this.m = x.length;
    this.Z = { rows: 1, cols: this.m, data: new Float64Array(this.m) };
    this.A = { rows: 1, cols: this.m, data: new Float64Array(this.m) };
    this.Y = { rows: 1, cols: this.m, data: y };
  }

  /** Forward pass into the buffers: Z = w x + b, A = sigma(Z). */
  private forward(w: number, b: number): void {
    const z = this.Z.data;
    const a = this.A.data;
    for (let i = 0; i < this.m; i++) {
      z[i] = w * this.x[i]! + b;
      a[i] = sigmoid(z[i]!);
    }
  }

  /** J(w, b) under `loss`, from the engine's cost functions. */
  cost(loss: LossName, w: number, b: number): number {
    this.forward(w, b);
    return loss === 'cross-entropy'
      ? sigmoidCrossEntropyFromLogits(this.Z, this.Y)
      : squaredErrorCost(this.A, this.Y);
  }

  /** J, dJ/dw and dJ/db at (w, b). */
  evaluate(loss: LossName, w: number, b: number): CostAndGradient {
    const J = this.cost(loss, w, b);
    const a = this.A.data;
    const y = this.Y.data;
    let dw = 0;
    let db = 0;
    for (let i = 0; i < this.m; i++) {
      const ai = a[i]!;
      const dz = loss === 'cross-entropy' ? ai - y[i]! : (ai - y[i]!) * ai * (1 - ai);
      dw += dz * this.x[i]!;
      db += dz;
    }
    return { J, dw: dw / this.m, db: db / this.m };
  }

  /**
   * The Hessian of the cross-entropy cost, (1/m) sum a(1 - a) [x^2, x; x, 1], and its
   * eigenvalues: the curvature of J along its steepest and flattest directions.
   */
  crossEntropyHessian(w: number, b: number): Hessian2 {
    this.forward(w, b);
    let ww = 0;
    let wb = 0;
    let bb = 0;
    for (let i = 0; i < this.m; i++) {
      const ai = this.A.data[i]!;
      const s = ai * (1 - ai);
      const xi = this.x[i]!;
      ww += s * xi * xi;
      wb += s * xi;
      bb += s;
    }
    return hessian2(ww / this.m, wb / this.m, bb / this.m);
  }
}

export interface Hessian2 {
  ww: number;
  wb: number;
  bb: number;
  /** eigenvalues, largest first */
  lambdaMax: number;
  lambdaMin: number;
  /** unit eigenvector (w, b) of lambdaMax: the steepest direction across the valley */
  steepest: [number, number];
}

/** A symmetric 2x2 matrix [[ww, wb], [wb, bb]] with its eigenvalues and steepest eigenvector. */
export function hessian2(ww: number, wb: number, bb: number): Hessian2 {
  const mean = (ww + bb) / 2;
  const radius = Math.hypot((ww - bb) / 2, wb);
  const lambdaMax = mean + radius;
  // (H - lambda I) v = 0 gives v = (wb, lambda - ww), or (1, 0) when H is already diagonal.
  let v: [number, number] =
    Math.abs(wb) > 1e-15 ? [wb, lambdaMax - ww] : ww >= bb ? [1, 0] : [0, 1];
  const norm = Math.hypot(v[0], v[1]);
  v = [v[0] / norm, v[1] / norm];
  return { ww, wb, bb, lambdaMax, lambdaMin: mean - radius, steepest: v };
}

/**
 * The minimum of the cross-entropy cost by Newton's method, theta := theta - H^-1 grad,
 * from (0, 0). Cross-entropy is convex, so this converges when a finite minimum exists
 * (the classes overlap); throws when it does not.
 */
export function crossEntropyMinimum(model: OneFeatureModel): { w: number; b: number; J: number } {
  let w = 0;
  let b = 0;
  for (let k = 0; k < 100; k++) {
    const g = model.evaluate('cross-entropy', w, b);
    const H = model.crossEntropyHessian(w, b);
    const det = H.ww * H.bb - H.wb * H.wb;
    const stepW = (H.bb * g.dw - H.wb * g.db) / det;
    const stepB = (-H.wb * g.dw + H.ww * g.db) / det;
    if (!Number.isFinite(stepW) || !Number.isFinite(stepB)) break;
    w -= stepW;
    b -= stepB;
    if (Math.hypot(stepW, stepB) < 1e-12 * (1 + Math.hypot(w, b))) {
      return { w, b, J: model.cost('cross-entropy', w, b) };
    }
  }
  throw new Error('the cost has no finite minimum: the two classes are separable by this feature');
}
