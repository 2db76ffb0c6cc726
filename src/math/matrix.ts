/**
 * Matrices as the notes use them: a shape (rows, cols) and row-major numbers.
 *
 * Element (i, j) of M lives at `M.data[i * M.cols + j]`. One example is one column, so X is
 * (n_x, m) and row i of X holds feature i of every example. Float32 is the default (it is what
 * the worker trains with); Float64 is used by the gradient check and the reference tests.
 */
import { EngineError, type EngineErrorCode, type ErrorParams } from '../engine-error.ts';

export type Floats = Float32Array | Float64Array;
export type DType = 'float32' | 'float64';

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  /** row-major: (i, j) is data[i * cols + j]; length rows * cols */
  readonly data: Floats;
}

/**
 * A shape mismatch, worded like the notes' dimension rules. The message always names both
 * shapes, e.g. "W[2] is (1, 4) but A[1] is (3, 400): W[l] must be (n[l], n[l-1])".
 */
export class ShapeError extends EngineError {
  /** `code` and `params` let the interface word it in the student's language. */
  constructor(message: string, code: EngineErrorCode = 'shape', params: ErrorParams = {}) {
    super(message, code, params);
    this.name = 'ShapeError';
  }
}

/** "(4, 2)", the numpy way of writing a shape. */
export function shapeText(M: { rows: number; cols: number }): string {
  return `(${M.rows}, ${M.cols})`;
}

function checkDimension(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new ShapeError(`a matrix needs whole, non-negative ${name}, got ${n}`);
  }
}

export function allocate(length: number, dtype: DType = 'float32'): Floats {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

export function dtypeOf(data: Floats): DType {
  return data instanceof Float64Array ? 'float64' : 'float32';
}

/**
 * A (rows, cols) matrix. With `data` of the requested dtype the array is used as is (no copy);
 * any other array-like is copied into a new array. Throws if data's length is not rows * cols.
 */
export function matrix(
  rows: number,
  cols: number,
  data?: Floats | ArrayLike<number>,
  dtype?: DType,
): Matrix {
  checkDimension('rows', rows);
  checkDimension('cols', cols);
  const length = rows * cols;
  if (data === undefined) return { rows, cols, data: allocate(length, dtype) };
  if (data.length !== length) {
    throw new ShapeError(`a (${rows}, ${cols}) matrix needs ${length} numbers, got ${data.length}`);
  }
  const wanted = dtype ?? (data instanceof Float64Array ? 'float64' : 'float32');
  if ((data instanceof Float32Array || data instanceof Float64Array) && dtypeOf(data) === wanted) {
    return { rows, cols, data };
  }
  const copy = allocate(length, wanted);
  for (let i = 0; i < length; i++) copy[i] = data[i]!;
  return { rows, cols, data: copy };
}

/** A new (rows, cols) matrix of zeros. Allocates. */
export function zeros(rows: number, cols: number, dtype: DType = 'float32'): Matrix {
  return matrix(rows, cols, undefined, dtype);
}

/** From nested rows, e.g. fromRows([[1, 2], [3, 4]]) is (2, 2). Throws on ragged rows. */
export function fromRows(rows: number[][], dtype: DType = 'float32'): Matrix {
  const cols = rows[0]?.length ?? 0;
  const M = zeros(rows.length, cols, dtype);
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new ShapeError(`row ${i} has ${row.length} numbers but row 0 has ${cols}`);
    }
    for (let j = 0; j < cols; j++) M.data[i * cols + j] = row[j]!;
  });
  return M;
}

/** Nested rows (plain numbers), for display, JSON and tests. Allocates. */
export function toRows(M: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < M.rows; i++) {
    out.push(Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols)));
  }
  return out;
}

/** A deep copy, optionally converted to another dtype. Allocates. */
export function clone(M: Matrix, dtype: DType = dtypeOf(M.data)): Matrix {
  const data = allocate(M.data.length, dtype);
  data.set(M.data);
  return { rows: M.rows, cols: M.cols, data };
}

/** Element (i, j), bounds-checked; for tests and widgets, not hot loops. */
export function get(M: Matrix, i: number, j: number): number {
  if (i < 0 || i >= M.rows || j < 0 || j >= M.cols) {
    throw new ShapeError(`index (${i}, ${j}) is outside a ${shapeText(M)} matrix`);
  }
  return M.data[i * M.cols + j]!;
}

/** The transpose, materialised. Allocates; kernels use matmulTransA / matmulTransB instead. */
export function transpose(M: Matrix): Matrix {
  const T = zeros(M.cols, M.rows, dtypeOf(M.data));
  for (let i = 0; i < M.rows; i++) {
    for (let j = 0; j < M.cols; j++) T.data[j * M.rows + i] = M.data[i * M.cols + j]!;
  }
  return T;
}

/** True when both shapes are equal. */
export function sameShape(A: Matrix, B: Matrix): boolean {
  return A.rows === B.rows && A.cols === B.cols;
}

/**
 * Throws a ShapeError unless M is (rows, cols). `name` is how the notes call M, e.g. "dW[2]".
 */
export function assertShape(M: Matrix, rows: number, cols: number, name: string): void {
  if (M.rows !== rows || M.cols !== cols) {
    throw new ShapeError(`${name} is ${shapeText(M)} but must be (${rows}, ${cols})`);
  }
}

/** True when every element is a finite number (no NaN, no +-Infinity). */
export function allFinite(data: Floats): boolean {
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    // v - v is NaN for NaN and +-Infinity, 0 otherwise.
    if (v - v !== 0) return false;
  }
  return true;
}

/** Columns `indices` of M gathered into `out` (rows, indices.length). Writes into out. */
export function gatherColumns(M: Matrix, indices: ArrayLike<number>, out: Matrix): void {
  const n = indices.length;
  if (out.rows !== M.rows || out.cols !== n) {
    throw new ShapeError(
      `gathering ${n} columns of a ${shapeText(M)} matrix needs (${M.rows}, ${n}), got ${shapeText(out)}`,
    );
  }
  const src = M.data;
  const dst = out.data;
  const m = M.cols;
  for (let i = 0; i < M.rows; i++) {
    const s = i * m;
    const d = i * n;
    for (let j = 0; j < n; j++) dst[d + j] = src[s + indices[j]!]!;
  }
}
