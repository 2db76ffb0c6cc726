/**
 * What a sampled curve J(w) looks like, computed rather than eyeballed:
 *  - local minima: where the sampled slope J[i+1] - J[i] turns from negative to
 *    non-negative, each refined by bisection on the exact derivative dJ/dw;
 *  - convexity: a convex function has J[i-1] - 2 J[i] + J[i+1] >= 0 everywhere (its
 *    second differences are the second derivative times h^2), so one clearly negative
 *    second difference proves the curve is not convex on the range.
 */

export interface CurveAnalysis {
  /** w of every interior local minimum, left to right */
  minima: number[];
  convex: boolean;
  /** the most negative second difference divided by h^2 (an estimate of min J'') */
  minCurvature: number;
  /** the stretches where the curve bends the wrong way (J'' < 0), each [from, to]; empty when convex */
  concaveRanges: [number, number][];
}

/** Tolerance for a second difference, relative to the curve's values: rounding, not shape. */
const ROUNDING = 1e-10;

export function analyseCurve(
  ws: ArrayLike<number>,
  J: ArrayLike<number>,
  slope: (w: number) => number,
): CurveAnalysis {
  const n = ws.length;
  if (n !== J.length || n < 3) throw new RangeError('need at least 3 samples of w and J(w)');
  const minima: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    if (J[i]! - J[i - 1]! < 0 && J[i + 1]! - J[i]! >= 0) {
      minima.push(refineMinimum(slope, ws[i - 1]!, ws[i + 1]!));
    }
  }
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(J[i]!));
  const tolerance = ROUNDING * (1 + scale);
  const h = (ws[n - 1]! - ws[0]!) / (n - 1);
  let minSecond = Infinity;
  const concaveRanges: [number, number][] = [];
  let open: [number, number] | null = null;
  for (let i = 1; i < n - 1; i++) {
    const second = J[i - 1]! - 2 * J[i]! + J[i + 1]!;
    minSecond = Math.min(minSecond, second);
    if (second < -tolerance) {
      if (open) open[1] = ws[i]!;
      else concaveRanges.push((open = [ws[i]!, ws[i]!]));
    } else {
      open = null;
    }
  }
  return {
    minima,
    convex: concaveRanges.length === 0,
    minCurvature: minSecond / (h * h),
    concaveRanges,
  };
}

/** The w in [lo, hi] where the slope crosses zero from below, by bisection. */
function refineMinimum(slope: (w: number) => number, lo: number, hi: number): number {
  if (slope(lo) > 0 || slope(hi) < 0) return (lo + hi) / 2;
  for (let k = 0; k < 60 && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2;
    if (slope(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
