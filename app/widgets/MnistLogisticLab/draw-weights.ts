/**
 * The learned w drawn as a 28 x 28 picture: w_p is the weight of pixel p (W[1] is the
 * engine's (1, 784) = w^T). A diverging scale centred on 0 and symmetric in |w|: negative
 * weights (ink there argues for y = 0) toward the class-0 colour, positive ones (ink there
 * argues for y = 1) toward the class-1 colour, 0 the neutral background.
 */
import type { Rgb } from '../DecisionBoundary/draw-heatmap.ts';
import { cssColour } from '../MnistDigit/draw-digit.ts';

export interface Diverging {
  negative: Rgb;
  neutral: Rgb;
  positive: Rgb;
}

/** The theme's diverging colours: class 0 for negative, the background for 0, class 1 for positive. */
export function themeDiverging(element: Element): Diverging {
  const style = getComputedStyle(element);
  return {
    negative: cssColour(style.getPropertyValue('--color-class0')),
    neutral: cssColour(style.getPropertyValue('--color-bg')),
    positive: cssColour(style.getPropertyValue('--color-class1')),
  };
}

export interface WeightSummary {
  min: number;
  max: number;
  /** The scale's end: max |w| (0 when w = 0). */
  limit: number;
  /** 1-based (row, column) of the most negative and most positive pixels. */
  argMin: [number, number];
  argMax: [number, number];
}

export function summarize(w: ArrayLike<number>, side = 28): WeightSummary {
  let min = Infinity;
  let max = -Infinity;
  let iMin = 0;
  let iMax = 0;
  for (let p = 0; p < w.length; p++) {
    if (w[p]! < min) [min, iMin] = [w[p]!, p];
    if (w[p]! > max) [max, iMax] = [w[p]!, p];
  }
  const at = (p: number): [number, number] => [Math.floor(p / side) + 1, (p % side) + 1];
  return {
    min,
    max,
    limit: Math.max(Math.abs(min), Math.abs(max)),
    argMin: at(iMin),
    argMax: at(iMax),
  };
}

/** RGBA of w on the diverging scale with ends at +-limit. Allocates. */
export function weightPixels(
  w: ArrayLike<number>,
  limit: number,
  colours: Diverging,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w.length * 4);
  for (let p = 0; p < w.length; p++) {
    const t = limit > 0 ? Math.max(-1, Math.min(1, w[p]! / limit)) : 0;
    const towards = t < 0 ? colours.negative : colours.positive;
    const s = Math.abs(t);
    for (let c = 0; c < 3; c++) out[4 * p + c] = colours.neutral[c]! * (1 - s) + towards[c]! * s;
    out[4 * p + 3] = 255;
  }
  return out;
}
