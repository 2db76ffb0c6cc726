/**
 * The hidden units' incoming weights (the rows of W[1], 784 each) as a grid of 28 x 28
 * tiles in one picture, each tile on the diverging scale of its own largest |w|: what
 * matters in a unit's picture is its pattern (where it wants ink, where it does not), and
 * units of different strength stay readable side by side.
 */
import type { Matrix } from '../../../src/math/matrix.ts';
import { weightPixels, type Diverging } from '../MnistLogisticLab/draw-weights.ts';
import { largestMagnitude } from './model-internals.ts';

const SIDE = 28;

export interface GridImage {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Tiles of `columns` per row with a `gapPx` gap in the background colour. Allocates. */
export function unitGridPixels(
  W: Matrix,
  columns: number,
  colours: Diverging,
  gapPx = 2,
): GridImage {
  if (W.cols !== SIDE * SIDE) throw new Error(`W[1] must have 784 columns, it has ${W.cols}`);
  const rows = Math.ceil(W.rows / columns);
  const width = columns * SIDE + (columns - 1) * gapPx;
  const height = rows * SIDE + (rows - 1) * gapPx;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 3; c++) rgba[4 * p + c] = colours.neutral[c]!;
    rgba[4 * p + 3] = 255;
  }
  for (let unit = 0; unit < W.rows; unit++) {
    const w = W.data.subarray(unit * W.cols, (unit + 1) * W.cols);
    const tile = weightPixels(w, largestMagnitude(w), colours);
    const left = (unit % columns) * (SIDE + gapPx);
    const top = Math.floor(unit / columns) * (SIDE + gapPx);
    for (let r = 0; r < SIDE; r++) {
      const from = r * SIDE * 4;
      rgba.set(tile.subarray(from, from + SIDE * 4), ((top + r) * width + left) * 4);
    }
  }
  return { rgba, width, height };
}
