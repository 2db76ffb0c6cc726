/**
 * Framework-free geometry of lesson 4's contour plot: scales between (w, b) and the SVG,
 * the painted heatmap of J (pixels into a canvas), the descent path and formats.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { SurfaceBounds } from '../../../src/train/descent-2d.ts';
import { parseColour, type Rgb } from '../DecisionBoundary/draw-heatmap.ts';

export const VIEW = 400;
export const MARGIN = { top: 10, right: 12, bottom: 36, left: 44 } as const;

export interface PlotScales {
  w: ScaleLinear<number, number>;
  b: ScaleLinear<number, number>;
}

export function plotScales(bounds: SurfaceBounds): PlotScales {
  return {
    w: scaleLinear()
      .domain([bounds.wMin, bounds.wMax])
      .range([MARGIN.left, VIEW - MARGIN.right]),
    b: scaleLinear()
      .domain([bounds.bMin, bounds.bMax])
      .range([VIEW - MARGIN.bottom, MARGIN.top]),
  };
}

/** Grid column / row (row 0 at the largest b) to SVG x / y. */
export function gridToView(scales: PlotScales, bounds: SurfaceBounds, resolution: number) {
  const step = resolution - 1;
  return {
    x: (column: number) => scales.w(bounds.wMin + ((bounds.wMax - bounds.wMin) * column) / step),
    y: (row: number) => scales.b(bounds.bMax - ((bounds.bMax - bounds.bMin) * row) / step),
  };
}

/** The (w, b) under a point of the plot, rounded to 0.1 and kept inside the bounds. */
export function parametersAt(scales: PlotScales, bounds: SurfaceBounds, x: number, y: number) {
  const round = (v: number) => Math.round(v * 10) / 10 + 0;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    w: round(clamp(scales.w.invert(x), bounds.wMin, bounds.wMax)),
    b: round(clamp(scales.b.invert(y), bounds.bMin, bounds.bMax)),
  };
}

/**
 * How dark each node is painted: 1 at the minimum, falling with log(J - J* + 0.01) to 0 at
 * the largest J, so the valley stands out however steep the walls are.
 */
export function shade(J: number, minimum: number, maximum: number): number {
  const f = (v: number) => Math.log(v - minimum + 0.01);
  return 1 - (f(J) - f(minimum)) / (f(maximum) - f(minimum));
}

export interface SurfaceColours {
  low: Rgb;
  high: Rgb;
}

/**
 * A theme colour as RGB. The production build minifies `#ffffff` to `#fff`, which
 * parseColour does not read, so short hex is expanded first.
 */
export function themeColour(css: string): Rgb {
  const value = css.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  return parseColour(
    short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : value,
  );
}

/** Reads the heatmap's two colours from the theme (the valley in series-1, high J towards the background). */
export function surfaceColours(element: Element): SurfaceColours {
  const style = getComputedStyle(element);
  return {
    low: themeColour(style.getPropertyValue('--color-series-1')),
    high: themeColour(style.getPropertyValue('--color-bg')),
  };
}

/** Paints J into a resolution x resolution canvas, one pixel per node, and returns it as a data URL. */
export function paintSurface(
  values: Float64Array,
  resolution: number,
  minimum: number,
  colours: SurfaceColours,
): string {
  const canvas = document.createElement('canvas');
  canvas.width = resolution;
  canvas.height = resolution;
  const context = canvas.getContext('2d');
  if (!context) return '';
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  const image = context.createImageData(resolution, resolution);
  for (let i = 0; i < values.length; i++) {
    const t = 0.04 + 0.6 * shade(values[i]!, minimum, max) ** 2;
    for (let c = 0; c < 3; c++) {
      image.data[4 * i + c] = Math.round(colours.high[c]! * (1 - t) + colours.low[c]! * t);
    }
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL();
}

/** Fixed decimals with an ASCII minus and never "-0.000"; large values in exponent form. */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1e5) return x.toExponential(2);
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A learning rate as typed and shown: up to 4 significant digits. */
export function formatRate(alpha: number): string {
  return String(Number(alpha.toPrecision(4)));
}

/** The precision the URL keeps (url-settings writes numbers with toPrecision(6)). */
export function toUrlPrecision(x: number): number {
  return Number(x.toPrecision(6));
}
