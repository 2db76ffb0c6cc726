/**
 * What is on the pad, as data: the strokes drawn so far (each a polyline in pad pixels)
 * and, optionally, a 28 x 28 test digit loaded underneath them. Every operation returns a
 * new drawing and leaves the old one alone, so "undo the last stroke" is dropping the last
 * element and React can compare drawings by reference.
 */

/**
 * The pad's drawing surface is PAD_SIZE x PAD_SIZE pixels, whatever size it is shown at: ten
 * pad pixels per MNIST pixel, so a test digit put on the pad is whole 10 x 10 blocks.
 */
export const PAD_SIZE = 280;
/**
 * Pen width in pad pixels: a thick pen, 1/14 of the pad. A digit drawn over most of the pad
 * then has strokes about a tenth of its height, as MNIST's pen strokes are (2 to 3 pixels of
 * a 20-pixel digit), so after scaling to the 20 x 20 box the ink looks like MNIST's. It stays
 * under the preprocessing's "nearly empty" extent (MIN_EXTENT_FRACTION of the pad), so a
 * single tap is not read as a digit.
 */
export const PEN_WIDTH = PAD_SIZE / 14;

export interface Point {
  x: number;
  y: number;
}

/** One pen-down-to-pen-up line: at least one point (a single point is a dot). */
export type Stroke = readonly Point[];

export interface Drawing {
  strokes: readonly Stroke[];
  /**
   * A test digit shown under the strokes: 784 grey levels in [0, 1], row-major 28 x 28
   * (pixel p = 28 r + c), scaled up to fill the pad. Null on a blank pad.
   */
  background: Float32Array | null;
}

export const EMPTY_DRAWING: Drawing = { strokes: [], background: null };

/** Keeps a point inside the pad. */
export function clampPoint(point: Point): Point {
  const clamp = (v: number) => Math.min(PAD_SIZE, Math.max(0, v));
  return { x: clamp(point.x), y: clamp(point.y) };
}

/** Pen down: a new stroke starting at `point`. */
export function startStroke(drawing: Drawing, point: Point): Drawing {
  return { ...drawing, strokes: [...drawing.strokes, [clampPoint(point)]] };
}

/** Pen moved while down: the last stroke gets `points` appended (nothing happens without a stroke). */
export function extendStroke(drawing: Drawing, points: readonly Point[]): Drawing {
  const last = drawing.strokes[drawing.strokes.length - 1];
  if (!last || points.length === 0) return drawing;
  const strokes = drawing.strokes.slice(0, -1);
  strokes.push([...last, ...points.map(clampPoint)]);
  return { ...drawing, strokes };
}

/**
 * Undo: the last stroke goes; with no strokes left, the loaded test digit goes (it was
 * the first thing put on the pad).
 */
export function undoStroke(drawing: Drawing): Drawing {
  if (drawing.strokes.length > 0) return { ...drawing, strokes: drawing.strokes.slice(0, -1) };
  return drawing.background ? EMPTY_DRAWING : drawing;
}

/** A test digit on an otherwise clean pad. */
export function withBackground(pixels: Float32Array): Drawing {
  if (pixels.length !== 784) throw new Error(`a digit has 784 pixels, got ${pixels.length}`);
  return { strokes: [], background: pixels };
}

export function isBlank(drawing: Drawing): boolean {
  return drawing.strokes.length === 0 && drawing.background === null;
}

/** How many undo steps there are (strokes, plus the loaded digit). */
export function undoDepth(drawing: Drawing): number {
  return drawing.strokes.length + (drawing.background ? 1 : 0);
}
