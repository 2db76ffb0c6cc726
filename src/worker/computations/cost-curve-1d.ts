/**
 * Lesson 3: J(w) of one-feature logistic regression under cross-entropy and under squared
 * error, on the seeded band data (class 1 in the middle), for w across a range with b fixed;
 * the values and slopes at one chosen w; and what each curve looks like (its local minima,
 * whether it is convex on the range).
 */
import { makeBandDataset } from '../../data/one-feature-band.ts';
import type { LossName } from '../../math/losses.ts';
import { analyseCurve, type CurveAnalysis } from '../../train/curve-analysis.ts';
import { OneFeatureModel } from '../../train/one-feature-costs.ts';
import type { ComputeContext } from './context.ts';

export interface CostCurve1dInput {
  seed: number;
  b: number;
  /** where the marker is */
  w: number;
  wMin: number;
  wMax: number;
  /** number of intervals: samples + 1 values of w */
  samples: number;
}

export interface LossCurve {
  /** J(w) at every sampled w */
  J: Float64Array;
  /** J and dJ/dw at the marker */
  atJ: number;
  atSlope: number;
  analysis: CurveAnalysis;
  /** J at each local minimum in analysis.minima */
  minimaJ: number[];
}

export interface CostCurve1dOutput {
  x: Float64Array;
  y: Float64Array;
  ws: Float64Array;
  curves: Record<LossName, LossCurve>;
}

export const MAX_SAMPLES = 2000;

export function costCurve1d(_context: ComputeContext, input: CostCurve1dInput): CostCurve1dOutput {
  const { seed, b, w, wMin, wMax, samples } = input;
  if (!(wMax > wMin) || !Number.isInteger(samples) || samples < 2 || samples > MAX_SAMPLES) {
    throw new RangeError(`need wMin < wMax and 2..${MAX_SAMPLES} samples`);
  }
  const { x, y } = makeBandDataset({ seed });
  const model = new OneFeatureModel(x, y);
  const ws = Float64Array.from(
    { length: samples + 1 },
    (_, i) => wMin + ((wMax - wMin) * i) / samples,
  );
  const curve = (loss: LossName): LossCurve => {
    const J = ws.map((wi) => model.cost(loss, wi, b));
    const slope = (wi: number) => model.evaluate(loss, wi, b).dw;
    const analysis = analyseCurve(ws, J, slope);
    const at = model.evaluate(loss, w, b);
    return {
      J,
      atJ: at.J,
      atSlope: at.dw,
      analysis,
      minimaJ: analysis.minima.map((wi) => model.cost(loss, wi, b)),
    };
  };
  return {
    x,
    y,
    ws,
    curves: { 'cross-entropy': curve('cross-entropy'), 'squared-error': curve('squared-error') },
  };
}
