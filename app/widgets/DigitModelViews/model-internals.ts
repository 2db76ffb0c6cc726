/**
 * Numbers about a digit model's insides for "what the model sees", all from the engine's
 * own parameters and forward pass: the scale shared by the ten classifiers' pictures, each
 * classifier's z for the drawn digit, and the hidden layer's activations and their pull on
 * the predicted digit.
 */
import type { DigitModel } from '../../../src/nn/digit-models.ts';
import { forward } from '../../../src/nn/forward.ts';

/**
 * One scale for the pictures of all of W[1]'s rows, so their strengths compare: the
 * `quantile` of |w| over every weight (a few extreme weights would otherwise wash every
 * picture out; the weights beyond it get the full colour).
 */
export function sharedWeightScale(model: DigitModel, quantile = 0.995): number {
  const W = model.params.W[0]!;
  const magnitudes = Float32Array.from(W.data, Math.abs).sort();
  if (magnitudes.length === 0) return 0;
  return magnitudes[Math.min(magnitudes.length - 1, Math.floor(quantile * magnitudes.length))]!;
}

/** max |x| of an array (0 for all zeros). */
export function largestMagnitude(values: ArrayLike<number>): number {
  let limit = 0;
  for (let i = 0; i < values.length; i++) limit = Math.max(limit, Math.abs(values[i]!));
  return limit;
}

export interface ContributionSums {
  /** Sum of the positive w_i x_i (ink where the classifier wants it). */
  positive: number;
  /** Sum of the negative w_i x_i (ink where it argues against). */
  negative: number;
  /** The pixel (1-based row, column) with the largest and the smallest contribution. */
  argMax: [number, number];
  argMin: [number, number];
}

export function contributionSums(contributions: Float32Array): ContributionSums {
  let positive = 0;
  let negative = 0;
  let iMax = 0;
  let iMin = 0;
  for (let i = 0; i < contributions.length; i++) {
    const v = contributions[i]!;
    if (v > 0) positive += v;
    else negative += v;
    if (v > contributions[iMax]!) iMax = i;
    if (v < contributions[iMin]!) iMin = i;
  }
  const at = (p: number): [number, number] => [Math.floor(p / 28) + 1, (p % 28) + 1];
  return { positive, negative, argMax: at(iMax), argMin: at(iMin) };
}

export interface HiddenUnit {
  unit: number;
  /** a_j = g(z_j): the unit's activation on the digit. */
  activation: number;
  /** W[2][digit, j] a_j: how much the unit adds to the output unit's z (network with one hidden layer). */
  pull: number;
}

/**
 * The first hidden layer's activations A[1] on one digit (the engine's forward pass on a
 * single column), each with its pull W[2][digit, j] a_j on output `digit`. With more than one
 * hidden layer the next layer is not the output, so the pull is the activation itself.
 * Sorted by pull, strongest first.
 */
export function hiddenUnitsFor(
  model: DigitModel,
  pixels: Float32Array,
  digit: number,
): HiddenUnit[] {
  const cache = forward(model.config, model.params, { rows: 784, cols: 1, data: pixels });
  const A1 = cache.A[1]!;
  const W2 = model.params.W[1]!;
  const units: HiddenUnit[] = [];
  for (let j = 0; j < A1.rows; j++) {
    const activation = A1.data[j]!;
    const direct = model.config.layerSizes.length === 3;
    const pull = direct ? W2.data[digit * W2.cols + j]! * activation : activation;
    units.push({ unit: j, activation, pull });
  }
  return units.sort((a, b) => b.pull - a.pull);
}
