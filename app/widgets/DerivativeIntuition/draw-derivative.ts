/**
 * Geometry of lesson 5's two plots, framework-free: the whole curve with a draggable a, and a
 * magnified window around the nudge where the height/width triangle is large enough to see.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import {
  intuitionFunctions,
  type IntuitionFunctionName,
  type NudgeReading,
} from '../../../src/math/difference-quotient.ts';

export const VIEW_WIDTH = 400;
export const VIEW_HEIGHT = 260;
export const MARGIN = { top: 14, right: 16, bottom: 30, left: 44 } as const;
/** The magnifier needs room for its corner labels. */
export const ZOOM_MARGIN = { top: 18, right: 92, bottom: 34, left: 70 } as const;

/** Arrow keys move a by this; Shift+arrows and Page Up/Down by A_STEP_LARGE. */
export const A_STEP = 0.1;
export const A_STEP_LARGE = 1;

export interface Scales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

function samples(x0: number, x1: number, steps: number): number[] {
  return Array.from({ length: steps + 1 }, (_, i) => x0 + ((x1 - x0) * i) / steps);
}

/** a kept to two decimals so that repeated 0.1 steps never drift; never -0. */
export function roundA(a: number): number {
  return Math.round(a * 100) / 100 + 0;
}

export function clampTo(name: IntuitionFunctionName, a: number): number {
  const { aMin, aMax } = intuitionFunctions[name];
  return Math.min(aMax, Math.max(aMin, a));
}

/** The a a key press leads to (WAI-ARIA slider keys), or null when the key is not the slider's. */
export function aAfterKey(
  name: IntuitionFunctionName,
  a: number,
  key: string,
  shiftKey: boolean,
): number | null {
  const { aMin, aMax } = intuitionFunctions[name];
  const step = shiftKey ? A_STEP_LARGE : A_STEP;
  const move = (delta: number) => roundA(clampTo(name, a + delta));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return move(step);
    case 'ArrowLeft':
    case 'ArrowDown':
      return move(-step);
    case 'PageUp':
      return move(A_STEP_LARGE);
    case 'PageDown':
      return move(-A_STEP_LARGE);
    case 'Home':
      return aMin;
    case 'End':
      return aMax;
    default:
      return null;
  }
}

/** a under a pointer at `fraction` (0 left, 1 right) of the plot area. */
export function aAtFraction(name: IntuitionFunctionName, fraction: number): number {
  const { aMin, aMax } = intuitionFunctions[name];
  return roundA(clampTo(name, aMin + fraction * (aMax - aMin)));
}

export function fractionOfA(name: IntuitionFunctionName, a: number): number {
  const { aMin, aMax } = intuitionFunctions[name];
  return (clampTo(name, a) - aMin) / (aMax - aMin);
}

/** The whole curve: x over the function's range of a, y over what f reaches there. */
export function mainScales(name: IntuitionFunctionName): Scales {
  const { f, aMin, aMax } = intuitionFunctions[name];
  const ys = samples(aMin, aMax, 200).map(f);
  return {
    x: scaleLinear()
      .domain([aMin, aMax])
      .range([MARGIN.left, VIEW_WIDTH - MARGIN.right]),
    y: scaleLinear()
      .domain([Math.min(0, ...ys), Math.max(0, ...ys)])
      .nice()
      .range([VIEW_HEIGHT - MARGIN.bottom, MARGIN.top]),
  };
}

/**
 * The magnifier: a window from a - 0.3 nudge to a + 1.3 nudge, and vertically around the
 * triangle's two corners, so the triangle fills the plot whatever the nudge.
 */
export function zoomScales(reading: NudgeReading): Scales {
  const { a, nudge, fa, faNudged } = reading;
  const low = Math.min(fa, faNudged);
  const high = Math.max(fa, faNudged);
  const pad = Math.max(0.3 * (high - low), 1e-14 * Math.max(1, Math.abs(fa)));
  return {
    x: scaleLinear()
      .domain([a - 0.3 * nudge, a + 1.3 * nudge])
      .range([ZOOM_MARGIN.left, VIEW_WIDTH - ZOOM_MARGIN.right]),
    y: scaleLinear()
      .domain([low - pad, high + pad])
      .range([VIEW_HEIGHT - ZOOM_MARGIN.bottom, ZOOM_MARGIN.top]),
  };
}

/** SVG path of f over the scales' x domain. */
export function curvePath(name: IntuitionFunctionName, scales: Scales, steps = 200): string {
  const { f } = intuitionFunctions[name];
  const [x0, x1] = scales.x.domain() as [number, number];
  const points = samples(x0, x1, steps).map((a) => [a, f(a)] as const);
  return (
    line<readonly [number, number]>()
      .defined((p) => Number.isFinite(p[1]))
      .x((p) => scales.x(p[0]))
      .y((p) => scales.y(p[1]))(points) ?? ''
  );
}

/** The tangent at a, y = f(a) + f'(a)(x - a), across the scales' x domain. */
export function tangentPath(reading: NudgeReading, scales: Scales): string {
  const [x0, x1] = scales.x.domain() as [number, number];
  const at = (x: number) => reading.fa + reading.exact * (x - reading.a);
  return `M${scales.x(x0)},${scales.y(at(x0))}L${scales.x(x1)},${scales.y(at(x1))}`;
}

/** The triangle's three corners in the plot's pixels: start, the end of the width, the top of the height. */
export function trianglePoints(reading: NudgeReading, scales: Scales) {
  const x0 = scales.x(reading.a);
  const x1 = scales.x(reading.a + reading.nudge);
  const y0 = scales.y(reading.fa);
  const y1 = scales.y(reading.faNudged);
  return { x0, x1, y0, y1, path: `M${x0},${y0}L${x1},${y0}L${x1},${y1}Z` };
}

/**
 * Decimals that show what a nudge changes: three more than the nudge's own, so 0.001 gives
 * 4.004001 for (2.001)^2. At most 12: beyond that the digits are rounding error.
 */
export function readingDecimals(nudge: number): number {
  const own = Math.max(0, Math.ceil(-Math.log10(nudge) - 1e-9));
  return Math.min(12, Math.max(3, own + 3));
}

/** Fixed decimals with an ASCII minus, and never "-0.000". */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** At most `digits` decimals, trailing zeros dropped: 0.5, 4, 0.001, 1e-7 as 0.0000001. */
export function formatShort(x: number, digits = 12): string {
  if (!Number.isFinite(x)) return '—';
  const text = formatFixed(x, digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
