import { describe, expect, it } from 'vitest';
import {
  DIGIT_CENTRE,
  DIGIT_SIZE,
  type InkImage,
  MIN_EXTENT_FRACTION,
  preprocessDrawing,
  upscaleDigit,
} from './digit-preprocess';
import { loadMnistNode } from './mnist-node';

const PAD = 280;

function blankPad(width = PAD, height = PAD): InkImage {
  return { width, height, ink: new Float32Array(width * height) };
}

/** Fills the rectangle [x, x + w) x [y, y + h) with ink. */
function fillRect(image: InkImage, x: number, y: number, w: number, h: number, level = 1): void {
  for (let r = y; r < y + h; r++)
    for (let c = x; c < x + w; c++) image.ink[r * image.width + c] = level;
}

/** Paints a filled disc of the given radius. */
function disc(image: InkImage, cx: number, cy: number, radius: number): void {
  for (let r = 0; r < image.height; r++)
    for (let c = 0; c < image.width; c++)
      if ((c + 0.5 - cx) ** 2 + (r + 0.5 - cy) ** 2 <= radius ** 2)
        image.ink[r * image.width + c] = 1;
}

/** Centre of mass of a 28x28 image, in row and column indices. */
function centreOfMass(pixels: Float32Array): { row: number; col: number } {
  let mass = 0;
  let row = 0;
  let col = 0;
  for (let p = 0; p < pixels.length; p++) {
    mass += pixels[p]!;
    row += pixels[p]! * Math.floor(p / DIGIT_SIZE);
    col += pixels[p]! * (p % DIGIT_SIZE);
  }
  return { row: row / mass, col: col / mass };
}

/** Rows and columns holding any pixel above `level`. */
function extent(pixels: Float32Array, level = 0.5): { rows: number; cols: number } {
  const rows = new Set<number>();
  const cols = new Set<number>();
  pixels.forEach((v, p) => {
    if (v > level) {
      rows.add(Math.floor(p / DIGIT_SIZE));
      cols.add(p % DIGIT_SIZE);
    }
  });
  return { rows: rows.size, cols: cols.size };
}

describe('preprocessDrawing', () => {
  it('says an empty pad is empty (null), and so is a single tap', () => {
    expect(preprocessDrawing(blankPad())).toBeNull();
    const invisible = blankPad();
    fillRect(invisible, 50, 50, 150, 150, 0.001); // less than one level of a canvas's alpha
    expect(preprocessDrawing(invisible)).toBeNull();
    const tap = blankPad();
    disc(tap, 140, 140, (MIN_EXTENT_FRACTION * PAD) / 2 - 2);
    expect(preprocessDrawing(tap)).toBeNull();
    // A stroke just long enough is a drawing.
    const stroke = blankPad();
    fillRect(stroke, 100, 100, Math.ceil(MIN_EXTENT_FRACTION * PAD) + 2, 8);
    expect(preprocessDrawing(stroke)).not.toBeNull();
  });

  it('keeps a centred blob centred, 20 pixels across', () => {
    const image = blankPad();
    disc(image, 140, 140, 60);
    const digit = preprocessDrawing(image)!;
    expect(digit.pixels).toHaveLength(784);
    expect(digit.box).toEqual({ x: 80, y: 80, width: 120, height: 120 });
    // Shifted by whole pixels, as MNIST was: the centre of mass within half a pixel of (14, 14).
    const centre = centreOfMass(digit.pixels);
    expect(Math.abs(centre.row - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(centre.col - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
    const { rows, cols } = extent(digit.pixels);
    expect(rows).toBeGreaterThanOrEqual(19);
    expect(rows).toBeLessThanOrEqual(21);
    expect(cols).toBe(rows);
    // The middle of the disc is solid ink, the corners are blank.
    expect(digit.pixels[DIGIT_CENTRE * DIGIT_SIZE + DIGIT_CENTRE]).toBeCloseTo(1, 5);
    expect(digit.pixels[0]).toBe(0);
    expect(digit.pixels[783]).toBe(0);
  });

  it('moves an off-centre drawing so its centre of mass is at the centre', () => {
    // An "L" in the top-left corner: its mass sits left of and below the box's middle.
    const image = blankPad();
    fillRect(image, 10, 10, 12, 80);
    fillRect(image, 10, 78, 50, 12);
    const digit = preprocessDrawing(image)!;
    expect(digit.box).toEqual({ x: 10, y: 10, width: 50, height: 80 });
    const centre = centreOfMass(digit.pixels);
    expect(Math.abs(centre.row - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(centre.col - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
    // Centring by mass, not by box: the box's middle column is not the image's middle.
    const inkColumns = [...Array(DIGIT_SIZE).keys()].filter((c) =>
      [...Array(DIGIT_SIZE).keys()].some((r) => digit.pixels[r * DIGIT_SIZE + c]! > 0.5),
    );
    const boxMiddle = (inkColumns[0]! + inkColumns[inkColumns.length - 1]!) / 2;
    expect(boxMiddle).toBeGreaterThan(DIGIT_CENTRE + 1);
  });

  it('keeps the aspect ratio: a tall "1" fills 20 rows, not 20 columns', () => {
    /** The ink's height and width in output pixels: the most ink in any column and any row. */
    const size = (pixels: Float32Array) => {
      let height = 0;
      let width = 0;
      for (let i = 0; i < DIGIT_SIZE; i++) {
        let column = 0;
        let row = 0;
        for (let j = 0; j < DIGIT_SIZE; j++) {
          column += pixels[j * DIGIT_SIZE + i]!;
          row += pixels[i * DIGIT_SIZE + j]!;
        }
        height = Math.max(height, column);
        width = Math.max(width, row);
      }
      return { height, width };
    };
    const one = blankPad();
    fillRect(one, 130, 40, 20, 200); // 20 wide, 200 tall
    const tall = size(preprocessDrawing(one)!.pixels);
    expect(tall.height).toBeCloseTo(20, 4);
    expect(tall.width).toBeCloseTo(2, 4); // 20 * 20 / 200
    expect(extent(preprocessDrawing(one)!.pixels, 0).rows).toBeLessThanOrEqual(21);
    // A wide dash fills 20 columns instead.
    const dash = blankPad();
    fillRect(dash, 40, 130, 200, 40);
    const wide = size(preprocessDrawing(dash)!.pixels);
    expect(wide.width).toBeCloseTo(20, 4);
    expect(wide.height).toBeCloseTo(4, 4);
  });

  it('gives grey levels in 0..1, anti-aliased at the edges', () => {
    const image = blankPad();
    disc(image, 100, 170, 47);
    fillRect(image, 90, 30, 15, 150);
    const { pixels } = preprocessDrawing(image)!;
    let grey = 0;
    for (const v of pixels) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      if (v > 0.05 && v < 0.95) grey++;
    }
    expect(grey).toBeGreaterThan(10);
  });

  it('gives the same 28x28 image whatever the pad size or where the digit is drawn', () => {
    const small = blankPad(140, 140);
    fillRect(small, 30, 20, 10, 100);
    fillRect(small, 30, 20, 50, 10);
    const large = blankPad(560, 400);
    fillRect(large, 300, 200, 20, 200); // the same shape, twice the size, elsewhere
    fillRect(large, 300, 200, 100, 20);
    const a = preprocessDrawing(small)!.pixels;
    const b = preprocessDrawing(large)!.pixels;
    for (let p = 0; p < 784; p++) expect(a[p]).toBeCloseTo(b[p]!, 4);
  });

  it('gives back real MNIST test digits, drawn 10 times larger, unchanged', () => {
    const test = loadMnistNode('test');
    let unchanged = 0;
    const count = 500;
    for (let index = 0; index < count; index++) {
      const original = test.images.pixels.subarray(index * 784, (index + 1) * 784);
      const digit = preprocessDrawing(upscaleDigit(original, 10))!;
      let difference = 0;
      for (let p = 0; p < 784; p++) difference += Math.abs(digit.pixels[p]! - original[p]! / 255);
      if (difference < 1e-3) unchanged++;
      // At worst MNIST rounded the centre of mass the other way: a one-pixel shift.
      else expect(difference / 784).toBeLessThan(0.15);
    }
    expect(unchanged).toBeGreaterThan(0.9 * count);
  });

  it('scales an MNIST digit up into blocks of ink', () => {
    const pixels = new Uint8Array(784);
    pixels[0] = 255;
    pixels[29] = 51;
    const image = upscaleDigit(pixels, 3);
    expect([image.width, image.height]).toEqual([84, 84]);
    expect(image.ink[0]).toBe(1);
    expect(image.ink[2 * 84 + 2]).toBe(1);
    expect(image.ink[3]).toBe(0);
    expect(image.ink[4 * 84 + 4]).toBeCloseTo(0.2, 6);
    expect(() => upscaleDigit(new Uint8Array(10), 3)).toThrow(/784 pixels/);
    expect(() => upscaleDigit(pixels, 0)).toThrow(/at least 1/);
  });

  it('rejects ink that does not match the size', () => {
    expect(() => preprocessDrawing({ width: 10, height: 10, ink: new Float32Array(99) })).toThrow(
      /10x10 drawing needs 100 ink levels, got 99/,
    );
    expect(() => preprocessDrawing({ width: 0, height: 10, ink: new Float32Array(0) })).toThrow(
      /at least 1x1/,
    );
  });
});
