/**
 * The broadcasting explorer without React: shapes by name, the operands' numbers and which
 * cells of a stretched operand are copies. The rule itself is src/math/broadcast-rule.ts.
 */
import {
  broadcastApply,
  broadcastReport,
  type BroadcastReport,
  type ElementwiseOp,
  type Grid,
} from '../../../src/math/broadcast-rule.ts';

export const SHAPE_KINDS = ['1x1', '1xm', 'nx1', 'nxm', 'mx1', 'mxn'] as const;
export type ShapeKind = (typeof SHAPE_KINDS)[number];
export const OPS = ['+', '*'] as const;

/** "(n, 1)" as the student picks it, the symbols the notes use. */
export function shapeLabel(kind: ShapeKind): string {
  const [r, c] = kind.split('x') as [string, string];
  return `(${r}, ${c})`;
}

export function shapeOf(kind: ShapeKind, n: number, m: number): [number, number] {
  const size = (s: string) => (s === 'n' ? n : s === 'm' ? m : 1);
  const [r, c] = kind.split('x') as [string, string];
  return [size(r), size(c)];
}

/**
 * Small, readable numbers: A counts 1, 2, 3, ... and B counts 10, 20, 30, ..., row by row,
 * so each entry of the result shows which entries it came from.
 */
export function operand(rows: number, cols: number, unit: number): Grid {
  return { rows, cols, data: Array.from({ length: rows * cols }, (_, k) => unit * (k + 1)) };
}

export interface StretchedCell {
  value: number;
  /** true where the entry is a repeat of a stored one (drawn as a copy) */
  copy: boolean;
}

/** The operand as it is used: stretched to the result's shape, copies marked. */
export function stretched(G: Grid, rows: number, cols: number): StretchedCell[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const si = G.rows === 1 ? 0 : i;
      const sj = G.cols === 1 ? 0 : j;
      return { value: G.data[si * G.cols + sj]!, copy: si !== i || sj !== j };
    }),
  );
}

export interface Explored {
  A: Grid;
  B: Grid;
  report: BroadcastReport;
  result: Grid | null;
}

export function explore(
  left: ShapeKind,
  right: ShapeKind,
  op: ElementwiseOp,
  n: number,
  m: number,
): Explored {
  const [ar, ac] = shapeOf(left, n, m);
  const [br, bc] = shapeOf(right, n, m);
  const A = operand(ar, ac, 1);
  const B = operand(br, bc, 10);
  const report = broadcastReport([ar, ac], [br, bc]);
  return { A, B, report, result: report.ok ? broadcastApply(A, B, op) : null };
}

export function toRowsOf(G: Grid): number[][] {
  return Array.from({ length: G.rows }, (_, i) =>
    Array.from({ length: G.cols }, (_, j) => G.data[i * G.cols + j]!),
  );
}
