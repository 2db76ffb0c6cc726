import { describe, expect, it } from 'vitest';
import {
  ShapeError,
  allFinite,
  assertShape,
  fromRows,
  gatherColumns,
  matrix,
  shapeText,
  toRows,
  transpose,
  zeros,
} from './matrix';

describe('matrix', () => {
  it('is row-major with its shape', () => {
    const M = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(shapeText(M)).toBe('(2, 3)');
    expect(M.data).toBeInstanceOf(Float32Array);
    expect(Array.from(M.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toRows(transpose(M))).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('checks the data length and names the shape', () => {
    expect(() => matrix(4, 2, [1, 2, 3])).toThrow(ShapeError);
    expect(() => matrix(4, 2, [1, 2, 3])).toThrow('(4, 2) matrix needs 8 numbers, got 3');
    expect(() => fromRows([[1, 2], [3]])).toThrow('row 1 has 1 numbers but row 0 has 2');
    expect(() => zeros(-1, 2)).toThrow(ShapeError);
  });

  it('keeps a typed array of the right dtype without copying, converts otherwise', () => {
    const data = new Float64Array(4);
    expect(matrix(2, 2, data).data).toBe(data);
    expect(matrix(2, 2, data, 'float32').data).toBeInstanceOf(Float32Array);
    expect(zeros(1, 1, 'float64').data).toBeInstanceOf(Float64Array);
  });

  it('assertShape names both shapes', () => {
    expect(() => assertShape(zeros(3, 400), 4, 400, 'A[1]')).toThrow(
      'A[1] is (3, 400) but must be (4, 400)',
    );
  });

  it('gathers columns and detects non-finite values', () => {
    const M = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const out = zeros(2, 2);
    gatherColumns(M, [2, 0], out);
    expect(toRows(out)).toEqual([
      [3, 1],
      [6, 4],
    ]);
    expect(allFinite(M.data)).toBe(true);
    M.data[4] = NaN;
    expect(allFinite(M.data)).toBe(false);
    M.data[4] = -Infinity;
    expect(allFinite(M.data)).toBe(false);
  });
});
