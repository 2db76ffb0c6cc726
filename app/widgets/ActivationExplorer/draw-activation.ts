/**
 * Framework-free geometry of the activation plots: the z range and its steps, the URL
 * parameter, scales, sampled paths of g and g', and the saturation bands found from g'.
 * d3 computes; ActivationPlot.tsx renders. Every number shown comes from
 * `activations[name].g` / `.dg` in src/math/activations.ts.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { activations, type ActivationName } from '../../../src/math/activations.ts';

/** The four functions the lesson plots (linear has its own lesson). */
export const PLOTTED_ACTIVATIONS = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
] as const satisfies readonly ActivationName[];
export type PlottedActivation = (typeof PLOTTED_ACTIVATIONS)[number];

/** The z axis of every plot, and the range the slider and the URL accept. */
export const Z_MIN = -5;
export const Z_MAX = 5;
/** Arrow keys move z by this; Shift+arrows and Page Up/Down by Z_STEP_LARGE. */
export const Z_STEP = 0.1;
export const Z_STEP_LARGE = 1;
/** z is kept to two decimals so that repeated 0.1 steps never drift (0.1 + 0.2 = 0.3). */
const Z_DECIMALS = 2;

/** A region counts as saturated where |g'(z)| is below this: gradients there are at most a tenth of ReLU's 1. */
export const SATURATION_CUTOFF = 0.1;

/** The z values of the text alternative's table (the current z is added to them). */
export const TABLE_Z = [-4, -2, 0, 2, 4] as const;

// ---------------------------------------------------------------------------
// z: range, keyboard steps, pointer, URL

export function clampZ(z: number): number {
  return Math.min(Z_MAX, Math.max(Z_MIN, z));
}

/** Rounds to the kept precision; never returns -0. */
export function roundZ(z: number): number {
  const factor = 10 ** Z_DECIMALS;
  return Math.round(z * factor) / factor + 0;
}

/**
 * The z a key press on the slider leads to, or null when the key is not the slider's
 * (WAI-ARIA slider pattern: arrows step, Shift or Page Up/Down take a large step, Home/End go to the ends).
 */
export function zAfterKey(z: number, key: string, shiftKey: boolean): number | null {
  const step = shiftKey ? Z_STEP_LARGE : Z_STEP;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return roundZ(clampZ(z + step));
    case 'ArrowLeft':
    case 'ArrowDown':
      return roundZ(clampZ(z - step));
    case 'PageUp':
      return roundZ(clampZ(z + Z_STEP_LARGE));
    case 'PageDown':
      return roundZ(clampZ(z - Z_STEP_LARGE));
    case 'Home':
      return Z_MIN;
    case 'End':
      return Z_MAX;
    default:
      return null;
  }
}

/** z under a pointer at `fraction` (0 = left edge, 1 = right edge) of the plot area. */
export function zAtFraction(fraction: number): number {
  return roundZ(clampZ(Z_MIN + fraction * (Z_MAX - Z_MIN)));
}

/** Where z sits across the plot area, from 0 to 1. */
export function fractionOfZ(z: number): number {
  return (clampZ(z) - Z_MIN) / (Z_MAX - Z_MIN);
}

export const Z_PARAM = 'z';

// ---------------------------------------------------------------------------
// Number formatting

/** Fixed decimals with an ASCII minus, and never "-0.000". */
export function formatFixed(x: number, digits = 3): string {
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** At most `digits` decimals, trailing zeros dropped: 0.25, 1, 2.06. */
export function formatShort(x: number, digits = 3): string {
  return String(Number(formatFixed(x, digits)));
}

// ---------------------------------------------------------------------------
// Saturation bands

export interface Band {
  z0: number;
  z1: number;
}

type Fn = (z: number) => number;

/** Bisection for the point in [a, b] where `inside` changes, `inside(a)` !== `inside(b)`. */
function boundary(inside: (z: number) => boolean, a: number, b: number): number {
  const insideA = inside(a);
  let lo = a;
  let hi = b;
  for (let i = 0; i < 60 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (inside(mid) === insideA) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The intervals of [zMin, zMax] where |g'(z)| < cutoff: sampled, then each edge refined by
 * bisection, so a threshold such as sigmoid's |z| > 2.06 is computed from g', not typed in.
 */
export function saturationBands(
  dg: Fn,
  cutoff = SATURATION_CUTOFF,
  zMin = Z_MIN,
  zMax = Z_MAX,
  samples = 1000,
): Band[] {
  const inside = (z: number) => Math.abs(dg(z)) < cutoff;
  const bands: Band[] = [];
  let start: number | null = inside(zMin) ? zMin : null;
  let previous = zMin;
  for (let i = 1; i <= samples; i++) {
    const z = zMin + ((zMax - zMin) * i) / samples;
    const now = inside(z);
    if (now && start === null) start = boundary(inside, previous, z);
    if (!now && start !== null) {
      bands.push({ z0: start, z1: boundary(inside, previous, z) });
      start = null;
    }
    previous = z;
  }
  if (start !== null) bands.push({ z0: start, z1: zMax });
  return bands;
}

/** How a plot's bands read in one sentence. */
export type BandSummary =
  | { kind: 'none' }
  /** Saturated for |z| > threshold (sigmoid, tanh). */
  | { kind: 'symmetric'; threshold: number }
  /** The whole side z < threshold, where g' is `slope` throughout if constant (ReLU 0, leaky ReLU 0.01). */
  | { kind: 'below'; threshold: number; slope: number | null }
  | { kind: 'other'; bands: Band[] };

const SAME = 1e-6;

export function summarizeBands(
  bands: readonly Band[],
  dg: Fn,
  zMin = Z_MIN,
  zMax = Z_MAX,
): BandSummary {
  const [first, second] = bands;
  if (!first) return { kind: 'none' };
  if (
    bands.length === 2 &&
    second &&
    Math.abs(first.z0 - zMin) < SAME &&
    Math.abs(second.z1 - zMax) < SAME &&
    Math.abs(first.z1 + second.z0) < SAME
  ) {
    return { kind: 'symmetric', threshold: second.z0 };
  }
  if (bands.length === 1 && Math.abs(first.z0 - zMin) < SAME) {
    // g' sampled across the band: one value means a constant slope worth naming.
    const values = [0, 0.25, 0.5, 0.75, 1].map((t) =>
      dg(first.z0 + t * (first.z1 - first.z0) * 0.999),
    );
    const constant = values.every((v) => Math.abs(v - values[0]!) < SAME);
    return { kind: 'below', threshold: first.z1, slope: constant ? values[0]! : null };
  }
  return { kind: 'other', bands: [...bands] };
}

// ---------------------------------------------------------------------------
// Scales and paths

export const VIEW_WIDTH = 400;
export const VIEW_HEIGHT = 260;
export const MARGIN = { top: 12, right: 14, bottom: 30, left: 40 } as const;

export interface PlotScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** Equally spaced z from zMin to zMax inclusive (z = 0 among them for an even count of steps). */
export function sampleZ(steps: number, zMin = Z_MIN, zMax = Z_MAX): number[] {
  return Array.from({ length: steps + 1 }, (_, i) => zMin + ((zMax - zMin) * i) / steps);
}

/** x over the z range; y over everything g and g' reach there, 0 included, made nice. */
export function plotScales(name: ActivationName, steps = 200): PlotScales {
  const { g, dg } = activations[name];
  let low = 0;
  let high = 0;
  for (const z of sampleZ(steps)) {
    for (const v of [g(z), dg(z)]) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
  }
  return {
    x: scaleLinear()
      .domain([Z_MIN, Z_MAX])
      .range([MARGIN.left, VIEW_WIDTH - MARGIN.right]),
    y: scaleLinear()
      .domain([low, high])
      .nice()
      .range([VIEW_HEIGHT - MARGIN.bottom, MARGIN.top]),
  };
}

/** A point of a sampled curve; y is NaN at a break (a jump such as ReLU' at 0). */
export type CurvePoint = readonly [z: number, y: number];

/**
 * Samples f over the z range. Where two neighbours differ by more than `jump`, bisection
 * decides: a gap that stays open as the interval shrinks is a discontinuity, so the curve
 * ends at the one-sided values and restarts after a break instead of drawing a false vertical.
 */
export function sampleCurve(f: Fn, steps = 200, jump = 1e-3): CurvePoint[] {
  const zs = sampleZ(steps);
  const points: CurvePoint[] = [];
  zs.forEach((z, i) => {
    const previous = zs[i - 1];
    if (previous !== undefined && Math.abs(f(z) - f(previous)) > jump) {
      let lo = previous;
      let hi = z;
      for (let k = 0; k < 60 && hi - lo > 1e-12; k++) {
        const mid = (lo + hi) / 2;
        // Keep the half where f changes more: it holds the jump if there is one.
        if (Math.abs(f(mid) - f(lo)) >= Math.abs(f(hi) - f(mid))) hi = mid;
        else lo = mid;
      }
      if (Math.abs(f(hi) - f(lo)) > jump) {
        points.push([lo, f(lo)], [(lo + hi) / 2, Number.NaN], [hi, f(hi)]);
      }
    }
    points.push([z, f(z)]);
  });
  return points;
}

/** SVG path data for a sampled curve, broken where y is NaN. */
export function curvePath(points: readonly CurvePoint[], scales: PlotScales): string {
  return (
    line<CurvePoint>()
      .defined((p) => Number.isFinite(p[1]))
      .x((p) => scales.x(p[0]))
      .y((p) => scales.y(p[1]))(points) ?? ''
  );
}

/** Everything static about one plot, computed once per function. */
export interface PlotGeometry {
  scales: PlotScales;
  gPath: string;
  dgPath: string;
  bands: Band[];
  summary: BandSummary;
  xTicks: number[];
  yTicks: number[];
}

export function plotGeometry(name: ActivationName): PlotGeometry {
  const { g, dg } = activations[name];
  const scales = plotScales(name);
  const bands = saturationBands(dg);
  return {
    scales,
    gPath: curvePath(sampleCurve(g), scales),
    dgPath: curvePath(sampleCurve(dg), scales),
    bands,
    summary: summarizeBands(bands, dg),
    xTicks: scales.x.ticks(10),
    yTicks: scales.y.ticks(5),
  };
}
