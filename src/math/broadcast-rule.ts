/**
 * numpy's broadcasting rule in general (lesson 9), beside broadcast.ts's two fast special cases.
 *
 * Shapes are lined up from the right. On each axis the two sizes must be equal, or one of them
 * must be 1: an operand of size 1 is stretched (its one entry repeated) to the other's size.
 * Otherwise numpy stops with "operands could not be broadcast together with shapes (2,3) (3,2)".
 *
 *   (1, 1) + (1, m) -> (1, m)     b repeated m times, as in Z = np.dot(w.T, X) + b
 *   (n, 1) + (n, m) -> (n, m)     b[l] repeated across the m columns
 */

export type Shape = readonly number[];

export interface AxisReport {
  /** the sizes of the two operands on this axis (1 where a shorter shape has no such axis) */
  a: number;
  b: number;
  /** the result's size, or null where the sizes clash */
  result: number | null;
  /** which operand is repeated along this axis, if any */
  stretched: 'a' | 'b' | null;
}

export interface BroadcastReport {
  ok: boolean;
  /** the result's shape, or null if the operands cannot be broadcast */
  shape: number[] | null;
  /** one report per axis of the result, left to right */
  axes: AxisReport[];
  /** numpy's error text when !ok */
  message: string | null;
}

export class BroadcastError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BroadcastError';
  }
}

/** "(2,3)", the way numpy's error message writes a shape (a 1-tuple keeps its comma). */
export function numpyShapeText(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

function checkShape(shape: Shape): void {
  for (const n of shape) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`a shape holds whole sizes, got ${n}`);
  }
}

/** The rule axis by axis, without throwing. */
export function broadcastReport(a: Shape, b: Shape): BroadcastReport {
  checkShape(a);
  checkShape(b);
  const rank = Math.max(a.length, b.length);
  const axes: AxisReport[] = [];
  for (let k = 0; k < rank; k++) {
    // A missing leading axis counts as size 1: (3,) against (2, 3) is (1, 3) against (2, 3).
    const sa = a[a.length - rank + k] ?? 1;
    const sb = b[b.length - rank + k] ?? 1;
    if (sa === sb) axes.push({ a: sa, b: sb, result: sa, stretched: null });
    else if (sa === 1) axes.push({ a: sa, b: sb, result: sb, stretched: 'a' });
    else if (sb === 1) axes.push({ a: sa, b: sb, result: sa, stretched: 'b' });
    else axes.push({ a: sa, b: sb, result: null, stretched: null });
  }
  const ok = axes.every((axis) => axis.result !== null);
  return {
    ok,
    shape: ok ? axes.map((axis) => axis.result!) : null,
    axes,
    message: ok
      ? null
      : `operands could not be broadcast together with shapes ${numpyShapeText(a)} ${numpyShapeText(b)}`,
  };
}

/** The result's shape; throws a BroadcastError with numpy's message if there is none. */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  const report = broadcastReport(a, b);
  if (!report.ok) throw new BroadcastError(report.message!);
  return report.shape!;
}

export type ElementwiseOp = '+' | '*' | '-' | '/';

const OPS: Record<ElementwiseOp, (x: number, y: number) => number> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => x / y,
};

/** A 2-D operand: row-major numbers with a (rows, cols) shape. */
export interface Grid {
  rows: number;
  cols: number;
  data: ArrayLike<number>;
}

/**
 * A op B element-wise with broadcasting, for 2-D operands. Allocates the result. Entry (i, j) of
 * a stretched operand is read at (0, j), (i, 0) or (0, 0): the repeat is never stored.
 */
export function broadcastApply(A: Grid, B: Grid, op: ElementwiseOp): Grid {
  const [rows, cols] = broadcastShapes([A.rows, A.cols], [B.rows, B.cols]) as [number, number];
  const data = new Float64Array(rows * cols);
  const f = OPS[op];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const x = A.data[(A.rows === 1 ? 0 : i) * A.cols + (A.cols === 1 ? 0 : j)]!;
      const y = B.data[(B.rows === 1 ? 0 : i) * B.cols + (B.cols === 1 ? 0 : j)]!;
      data[i * cols + j] = f(x, y);
    }
  }
  return { rows, cols, data };
}
