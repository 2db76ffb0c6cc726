/**
 * A drawn digit made to look like an MNIST digit, the way MNIST's own images were made
 * (LeCun et al.): the ink is cropped to its bounding box, scaled so its longer side fills a
 * 20x20 box (keeping the aspect ratio, anti-aliased), and placed in a 28x28 image so that its
 * centre of mass falls on the centre. A model trained on MNIST only ever saw digits framed this
 * way, so a digit drawn small in a corner of the pad must be framed the same way before it is
 * shown to the model.
 *
 * The same two steps as MNIST: (1) the box is resampled into a 20x20 field, each output pixel
 * the average ink over the square of the drawing it covers (area averaging, which is the
 * anti-aliasing), then (2) that field is placed in 28x28 shifted by whole pixels so that its
 * centre of mass lands on pixel (14, 14), the nearest it can (MNIST's test digits have their
 * centre of mass at (13.99, 14.01) on average, in row and column indices). Whole-pixel shifts
 * keep the strokes as sharp as MNIST's: an MNIST digit drawn 10 times larger comes back exactly.
 */

/** A drawing as ink levels 0..1 per pixel, row-major (e.g. the canvas's alpha channel / 255). */
export interface InkImage {
  width: number;
  height: number;
  ink: Float32Array;
}

export interface PreprocessedDigit {
  /** 784 grey levels 0..1, row-major 28x28: the same scale and layout as one column of MNIST's X (pixels / 255). */
  pixels: Float32Array;
  /** The ink's bounding box in the source image, in source pixels. */
  box: { x: number; y: number; width: number; height: number };
}

/** MNIST's image side. */
export const DIGIT_SIZE = 28;
/** The longer side of the ink's box after scaling (MNIST's "20x20 box"). */
export const DIGIT_BOX = 20;
/** Where the centre of mass goes, as a row and column index of the 28x28 image. */
export const DIGIT_CENTRE = 14;
/**
 * A pixel with at least this much ink counts when finding the bounding box: any ink a canvas
 * can hold (alpha 1/255 and up), as MNIST's box holds every non-zero pixel (20 across).
 */
export const INK_THRESHOLD = 0.5 / 255;
/**
 * A drawing whose ink box is smaller than this fraction of the pad's shorter side (a tap, a
 * speck) is "nearly empty": scaling it up to 20 pixels would turn a dot into a blob, and no
 * model should guess a digit from it.
 */
export const MIN_EXTENT_FRACTION = 0.08;

function checkImage(image: InkImage): void {
  const { width, height, ink } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`the drawing must be at least 1x1 pixels, got ${width}x${height}`);
  }
  if (ink.length !== width * height) {
    throw new RangeError(
      `a ${width}x${height} drawing needs ${width * height} ink levels, got ${ink.length}`,
    );
  }
}

/** The smallest box holding every pixel with ink >= INK_THRESHOLD, or null if there is none. */
function inkBox(image: InkImage): PreprocessedDigit['box'] | null {
  const { width, height, ink } = image;
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (ink[row + x]! >= INK_THRESHOLD) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  if (right < 0) return null;
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/**
 * Area-averaging weights along one axis: output pixel t (0..DIGIT_BOX-1) covers the source
 * interval [origin + t / scale, origin + (t + 1) / scale); its weight for source pixel j is the
 * overlap of [j, j + 1) with that interval, times scale, so a fully covered output pixel's
 * weights sum to 1. Returns, per output pixel, the first source index and its weights.
 */
function axisWeights(
  origin: number,
  scale: number,
  sourceLength: number,
): { first: number; weights: Float64Array }[] {
  const out: { first: number; weights: Float64Array }[] = [];
  for (let t = 0; t < DIGIT_BOX; t++) {
    const a = origin + t / scale;
    const b = origin + (t + 1) / scale;
    const first = Math.max(0, Math.floor(a));
    const last = Math.min(sourceLength - 1, Math.ceil(b) - 1);
    const weights = new Float64Array(Math.max(0, last - first + 1));
    for (let j = first; j <= last; j++) {
      const overlap = Math.min(b, j + 1) - Math.max(a, j);
      weights[j - first] = overlap > 0 ? overlap * scale : 0;
    }
    out.push({ first, weights });
  }
  return out;
}

/**
 * Step 1: the ink box resampled into a DIGIT_BOX x DIGIT_BOX field, its longer side filling
 * the field and its top-left corner at (0, 0). Separable: average along x for every source row
 * of the box, then along y. Allocates.
 */
function scaleIntoBox(image: InkImage, box: PreprocessedDigit['box']): Float64Array {
  const { width, ink } = image;
  const scale = DIGIT_BOX / Math.max(box.width, box.height);
  const columns = axisWeights(box.x, scale, box.x + box.width);
  const rows = axisWeights(box.y, scale, box.y + box.height);
  const horizontal = new Float64Array(box.height * DIGIT_BOX);
  for (let y = 0; y < box.height; y++) {
    const row = (box.y + y) * width;
    for (let t = 0; t < DIGIT_BOX; t++) {
      const { first, weights } = columns[t]!;
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += weights[k]! * ink[row + first + k]!;
      horizontal[y * DIGIT_BOX + t] = sum;
    }
  }
  const field = new Float64Array(DIGIT_BOX * DIGIT_BOX);
  for (let t = 0; t < DIGIT_BOX; t++) {
    const { first, weights } = rows[t]!;
    for (let k = 0; k < weights.length; k++) {
      const w = weights[k]!;
      if (w === 0) continue;
      const from = (first + k - box.y) * DIGIT_BOX;
      const to = t * DIGIT_BOX;
      for (let s = 0; s < DIGIT_BOX; s++)
        field[to + s] = field[to + s]! + w * horizontal[from + s]!;
    }
  }
  return field;
}

/**
 * MNIST's preprocessing: crop to the ink, scale into a 20x20 box keeping the aspect ratio
 * (area-averaged, anti-aliased), place in 28x28 so the centre of mass is at the centre.
 * null when the pad is (nearly) empty. Allocates the result; well under a millisecond for a
 * 280x280 pad.
 */
export function preprocessDrawing(image: InkImage): PreprocessedDigit | null {
  checkImage(image);
  const box = inkBox(image);
  if (!box) return null;
  const { width, height } = image;
  if (Math.max(box.width, box.height) < MIN_EXTENT_FRACTION * Math.min(width, height)) return null;

  const field = scaleIntoBox(image, box);
  // Step 2: the field's centre of mass (row and column indices), moved to (14, 14) by whole pixels.
  let mass = 0;
  let sumRow = 0;
  let sumCol = 0;
  for (let r = 0; r < DIGIT_BOX; r++) {
    for (let c = 0; c < DIGIT_BOX; c++) {
      const v = field[r * DIGIT_BOX + c]!;
      mass += v;
      sumRow += v * r;
      sumCol += v * c;
    }
  }
  const shiftRow = Math.round(DIGIT_CENTRE - sumRow / mass);
  const shiftCol = Math.round(DIGIT_CENTRE - sumCol / mass);
  const pixels = new Float32Array(DIGIT_SIZE * DIGIT_SIZE);
  for (let r = 0; r < DIGIT_BOX; r++) {
    const row = r + shiftRow;
    if (row < 0 || row >= DIGIT_SIZE) continue; // only a very lopsided drawing reaches the edge
    for (let c = 0; c < DIGIT_BOX; c++) {
      const col = c + shiftCol;
      if (col < 0 || col >= DIGIT_SIZE) continue;
      pixels[row * DIGIT_SIZE + col] = Math.min(1, Math.max(0, field[r * DIGIT_BOX + c]!));
    }
  }
  return { pixels, box };
}

/**
 * An MNIST image (784 bytes 0..255) scaled up `factor` times as ink, each pixel a
 * factor x factor block: how a test digit is loaded into a pad of side 28 * factor.
 * Allocates.
 */
export function upscaleDigit(pixels: Uint8Array, factor: number): InkImage {
  if (pixels.length !== DIGIT_SIZE * DIGIT_SIZE) {
    throw new RangeError(`an MNIST digit is 784 pixels (28x28), got ${pixels.length}`);
  }
  if (!Number.isInteger(factor) || factor < 1) {
    throw new RangeError(`the scale factor must be a whole number of at least 1, got ${factor}`);
  }
  const side = DIGIT_SIZE * factor;
  const ink = new Float32Array(side * side);
  for (let r = 0; r < side; r++) {
    const source = Math.floor(r / factor) * DIGIT_SIZE;
    for (let c = 0; c < side; c++)
      ink[r * side + c] = pixels[source + Math.floor(c / factor)]! / 255;
  }
  return { width: side, height: side, ink };
}
