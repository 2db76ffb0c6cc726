/**
 * Framework-free geometry of lesson 3's plots: scales, sampled paths and formats.
 * d3 computes; the components render. Loss values come from src/math/losses.ts and the
 * cost curves from the worker's cost-curve-1d computation.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { crossEntropyLoss } from '../../../src/math/losses.ts';

export const VIEW_WIDTH = 400;
export const VIEW_HEIGHT = 240;
export const MARGIN = { top: 12, right: 14, bottom: 32, left: 44 } as const;

export interface Scales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export function makeScales(xDomain: [number, number], yDomain: [number, number]): Scales {
  return {
    x: scaleLinear()
      .domain(xDomain)
      .range([MARGIN.left, VIEW_WIDTH - MARGIN.right]),
    y: scaleLinear()
      .domain(yDomain)
      .nice()
      .range([VIEW_HEIGHT - MARGIN.bottom, MARGIN.top]),
  };
}

/** SVG path through (xs[i], ys[i]); values above the y domain are clipped to its top. */
export function pathOf(xs: ArrayLike<number>, ys: ArrayLike<number>, scales: Scales): string {
  const top = scales.y.domain()[1]!;
  const points = Array.from(
    { length: xs.length },
    (_, i) => [xs[i]!, Math.min(ys[i]!, top)] as const,
  );
  return (
    line<readonly [number, number]>()
      .x((p) => scales.x(p[0]))
      .y((p) => scales.y(p[1]))(points) ?? ''
  );
}

/** The loss explorer's ŷ axis: (0, 1) without its ends, where a log is infinite. */
export const YHAT_SAMPLES = Array.from({ length: 199 }, (_, i) => 0.005 * (i + 1));
/** Losses above this are drawn at the top edge (L = 5 is ŷ ≈ 0.007 for y = 1). */
export const LOSS_TOP = 5;

/** L(ŷ, y) for y = 1 and y = 0 at every sampled ŷ, from the engine's cross-entropy. */
export function lossCurves(): { one: number[]; zero: number[] } {
  return {
    one: YHAT_SAMPLES.map((a) => crossEntropyLoss(a, 1)),
    zero: YHAT_SAMPLES.map((a) => crossEntropyLoss(a, 0)),
  };
}

/** A y range that holds every value of the curves (and 0). */
export function yDomainOf(...series: ArrayLike<number>[]): [number, number] {
  let high = 0;
  for (const s of series) for (let i = 0; i < s.length; i++) high = Math.max(high, s[i]!);
  return [0, high > 0 ? high * 1.05 : 1];
}

/** Fixed decimals with an ASCII minus and never "-0.000". */
export function formatFixed(x: number, digits = 3): string {
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** w under a pointer at `fraction` across the plot area, rounded to 0.05 and kept in range. */
export function wAtFraction(fraction: number, wMin: number, wMax: number): number {
  const w = wMin + Math.min(1, Math.max(0, fraction)) * (wMax - wMin);
  return Math.round(w * 20) / 20 + 0;
}
