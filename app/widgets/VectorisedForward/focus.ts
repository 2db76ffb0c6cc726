/**
 * Lesson 12: what the student points at and which entries of which matrices it involves.
 *   a cell (i, j) of Z[1]: row i of W[1], column j of X, b[1]_i  (z^[1](j)_i = w_i^T x^(j) + b_i)
 *   a column j:            example x^(j) and its columns of Z[1], A[1], Z[2], A[2]
 *   a row i:               hidden unit i across every example: row i of W[1], b[1], Z[1], A[1]
 * Headers sit at i = -1 (column headers) and j = -1 (row headers).
 */
export type VectorFocus =
  | { kind: 'cell'; i: number; j: number }
  | { kind: 'column'; j: number }
  | { kind: 'row'; i: number };

export type MatrixId = 'W1' | 'X' | 'b1' | 'Z1' | 'A1' | 'W2' | 'b2' | 'Z2' | 'A2';

export function isHighlighted(focus: VectorFocus, id: MatrixId, i: number, j: number): boolean {
  switch (id) {
    case 'W1':
    case 'b1':
      return focus.kind !== 'column' && i === focus.i && i >= 0;
    case 'X':
      return focus.kind !== 'row' && j === focus.j && j >= 0;
    case 'Z1':
    case 'A1':
      if (focus.kind === 'cell') return i === focus.i && j === focus.j;
      if (focus.kind === 'column') return j === focus.j;
      return i === focus.i;
    case 'Z2':
    case 'A2':
      return focus.kind === 'column' && j === focus.j;
    default:
      return false;
  }
}

/** The focus a pointer or keyboard position in a matrix selects; null leaves it unchanged. */
export function focusAt(id: MatrixId, i: number, j: number): VectorFocus | null {
  switch (id) {
    case 'W1':
    case 'b1':
      return i >= 0 ? { kind: 'row', i } : null;
    case 'X':
    case 'Z2':
    case 'A2':
      return j >= 0 ? { kind: 'column', j } : null;
    case 'Z1':
    case 'A1':
      if (i === -1) return { kind: 'column', j };
      if (j === -1) return { kind: 'row', i };
      return { kind: 'cell', i, j };
    default:
      return null;
  }
}

/** A focus still inside the matrices after m (or n[1]) shrank. */
export function clampFocus(focus: VectorFocus, hidden: number, m: number): VectorFocus {
  const i = (v: number) => Math.min(Math.max(0, v), hidden - 1);
  const j = (v: number) => Math.min(Math.max(0, v), m - 1);
  if (focus.kind === 'cell') return { kind: 'cell', i: i(focus.i), j: j(focus.j) };
  if (focus.kind === 'column') return { kind: 'column', j: j(focus.j) };
  return { kind: 'row', i: i(focus.i) };
}
