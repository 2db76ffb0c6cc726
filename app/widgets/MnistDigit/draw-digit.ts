/**
 * Paints MNIST images, which the engine hands over as columns of X (784, m), pixels / 255:
 * pixel p = 28 r + c of column i is X.data[p * m + i]. Ink and paper come from the theme,
 * so a digit reads in light and dark mode alike.
 */
import type { Matrix } from '../../../src/math/matrix.ts';
import { parseColour, type Rgb } from '../DecisionBoundary/draw-heatmap.ts';

/**
 * A CSS colour as the browser gives a custom property: #rgb (the build minifies #ffffff to
 * #fff), #rrggbb or rgb(...).
 */
export function cssColour(value: string): Rgb {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value.trim());
  if (short) return [1, 2, 3].map((k) => parseInt(short[k]!.repeat(2), 16)) as unknown as Rgb;
  return parseColour(value);
}

export const SIDE = 28;

/** Column i of X as 784 values (a copy). */
export function columnOf(X: Matrix, i: number): Float32Array {
  const out = new Float32Array(X.rows);
  for (let p = 0; p < X.rows; p++) out[p] = X.data[p * X.cols + i]!;
  return out;
}

/** RGBA bytes of grey values in [0, 1], blended from paper (0) to ink (1). Allocates. */
export function greyPixels(values: ArrayLike<number>, ink: Rgb, paper: Rgb): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const t = Math.max(0, Math.min(1, values[i]!));
    for (let c = 0; c < 3; c++) out[4 * i + c] = paper[c]! * (1 - t) + ink[c]! * t;
    out[4 * i + 3] = 255;
  }
  return out;
}

export interface Ink {
  ink: Rgb;
  paper: Rgb;
}

/** The theme's text colour on its background colour. */
export function themeInk(element: Element): Ink {
  const style = getComputedStyle(element);
  return {
    ink: cssColour(style.getPropertyValue('--color-text')),
    paper: cssColour(style.getPropertyValue('--color-bg')),
  };
}

/** Writes RGBA bytes into a canvas of width x height pixels (resizing it). */
export function putPixels(
  canvas: HTMLCanvasElement,
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context || width === 0 || height === 0) return;
  const image = context.createImageData(width, height);
  image.data.set(rgba);
  context.putImageData(image, 0, 0);
}
