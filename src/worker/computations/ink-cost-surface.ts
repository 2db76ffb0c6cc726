/**
 * Lesson 4: J(w, b) over a grid around the minimum, for the MNIST 0-vs-1 mean-ink feature,
 * with what the page needs to describe the surface (the minimum, the curvature there, the
 * data's size and the accuracy at the minimum).
 */
import { sigmoid } from '../../math/activations.ts';
import { costSurface, type SurfaceBounds } from '../../train/descent-2d.ts';
import type { ComputeContext } from './context.ts';
import { inkModel } from './ink-model.ts';

export interface InkCostSurfaceInput {
  /** grid nodes per side */
  resolution: number;
}

export interface InkCostSurfaceOutput {
  bounds: SurfaceBounds;
  resolution: number;
  /** resolution^2 values of J, row 0 at the largest b (see costSurface) */
  J: Float64Array;
  minimum: { w: number; b: number; J: number };
  lambdaMax: number;
  lambdaMin: number;
  steepest: [number, number];
  m: number;
  zeros: number;
  ones: number;
  inkMean: number;
  inkStd: number;
  /** training accuracy of the minimum: fraction with (a >= 0.5) = y */
  accuracy: number;
}

export const MAX_RESOLUTION = 200;
/** The plot shows the minimum +- this many units in w and in b. */
export const HALF_WIDTH = 10;

export async function inkCostSurface(
  context: ComputeContext,
  input: InkCostSurfaceInput,
): Promise<InkCostSurfaceOutput> {
  const { resolution } = input;
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > MAX_RESOLUTION) {
    throw new RangeError(`resolution must be a whole number in 2..${MAX_RESOLUTION}`);
  }
  const { feature, model, minimum, hessian } = await inkModel(context);
  const centreW = Math.round(minimum.w);
  const centreB = Math.round(minimum.b);
  const bounds = {
    wMin: centreW - HALF_WIDTH,
    wMax: centreW + HALF_WIDTH,
    bMin: centreB - HALF_WIDTH,
    bMax: centreB + HALF_WIDTH,
  };
  let right = 0;
  for (let i = 0; i < model.m; i++) {
    const a = sigmoid(minimum.w * feature.x[i]! + minimum.b);
    if ((a >= 0.5 ? 1 : 0) === feature.y[i]) right++;
  }
  return {
    bounds,
    resolution,
    J: costSurface(model, bounds, resolution),
    minimum,
    lambdaMax: hessian.lambdaMax,
    lambdaMin: hessian.lambdaMin,
    steepest: hessian.steepest,
    m: model.m,
    zeros: feature.zeros,
    ones: feature.ones,
    inkMean: feature.inkMean,
    inkStd: feature.inkStd,
    accuracy: right / model.m,
  };
}
