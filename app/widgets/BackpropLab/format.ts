/**
 * How the annotated equations print a matrix summary: its shape in the notes' (rows, cols)
 * form, its norm, and the first entries (all of a small matrix), in few enough characters
 * to sit beside an equation on a phone.
 */
import type { MatrixSummary } from '../../engine/index.ts';

export function shapeOf(s: { rows: number; cols: number }): string {
  return `(${s.rows}, ${s.cols})`;
}

/** 4 significant digits, exponent form for very small or large magnitudes. */
export function short(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e4) return x.toExponential(2);
  return Number(x.toPrecision(4)).toString();
}

/** The entries shown: all of a matrix of at most `all` entries, else the first `some`. */
export function entriesOf(s: MatrixSummary, all = 8, some = 4): { values: string; more: boolean } {
  const size = s.rows * s.cols;
  const shown = size <= all ? s.first.slice(0, size) : s.first.slice(0, some);
  return { values: `[${shown.map(short).join(', ')}]`, more: shown.length < size };
}
