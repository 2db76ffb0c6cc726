/**
 * Paints a decision grid (P(y = 1) per cell, row 0 at the top) into a canvas as pixels,
 * one pixel per cell, scaled up smoothly by CSS. Colours run from class 0 through a
 * neutral middle (P = 0.5) to class 1, an orange-blue scale that stays readable
 * under the common colour-vision deficiencies.
 */

export type Rgb = readonly [number, number, number];

export interface HeatmapColours {
  class0: Rgb;
  neutral: Rgb;
  class1: Rgb;
  /** 0..1: how strongly the background is tinted at P = 0 or 1. */
  strength: number;
}

/** Parses #rgb, #rrggbb or rgb(r, g, b) as the CSS variables give them (builds shorten hex). */
export function parseColour(css: string): Rgb {
  const value = css.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return [1, 2, 3].map((i) => parseInt(short[i]!.repeat(2), 16)) as unknown as Rgb;
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(value);
  if (rgb) {
    const [r = 0, g = 0, b = 0] = rgb[1]!.split(',').map((part) => Number.parseFloat(part));
    return [r, g, b];
  }
  return [128, 128, 128];
}

/** The colour of one probability, blended toward the neutral background. */
export function colourOf(p: number, colours: HeatmapColours, out: number[] = [0, 0, 0]): number[] {
  const towards = p >= 0.5 ? colours.class1 : colours.class0;
  const t = Math.min(1, Math.abs(p - 0.5) * 2) * colours.strength;
  for (let c = 0; c < 3; c++) out[c] = Math.round(colours.neutral[c]! * (1 - t) + towards[c]! * t);
  return out;
}

/** Writes the grid into the canvas's pixels (the canvas is resized to the grid). */
export function paintHeatmap(
  canvas: HTMLCanvasElement,
  values: Float32Array,
  resolution: number,
  colours: HeatmapColours,
): void {
  if (canvas.width !== resolution || canvas.height !== resolution) {
    canvas.width = resolution;
    canvas.height = resolution;
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(resolution, resolution);
  const rgb = [0, 0, 0];
  for (let i = 0; i < resolution * resolution; i++) {
    colourOf(values[i]!, colours, rgb);
    image.data[4 * i] = rgb[0]!;
    image.data[4 * i + 1] = rgb[1]!;
    image.data[4 * i + 2] = rgb[2]!;
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/** Reads the heatmap colours from the theme's CSS variables on `element`. */
export function themeColours(element: Element): HeatmapColours {
  const style = getComputedStyle(element);
  return {
    class0: parseColour(style.getPropertyValue('--color-class0')),
    class1: parseColour(style.getPropertyValue('--color-class1')),
    neutral: parseColour(style.getPropertyValue('--color-bg')),
    strength: 0.45,
  };
}
