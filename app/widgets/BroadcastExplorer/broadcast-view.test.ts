import { describe, expect, it } from 'vitest';
import { explore, shapeLabel, shapeOf, stretched, toRowsOf } from './broadcast-view.ts';

describe('broadcast explorer view', () => {
  it('names shapes with the notes symbols and sizes them', () => {
    expect(shapeLabel('nx1')).toBe('(n, 1)');
    expect(shapeOf('nx1', 2, 3)).toEqual([2, 1]);
    expect(shapeOf('mxn', 2, 3)).toEqual([3, 2]);
    expect(shapeOf('1x1', 2, 3)).toEqual([1, 1]);
  });

  it('adds b (n, 1) to Z (n, m) column by column', () => {
    const { report, result } = explore('nxm', 'nx1', '+', 2, 3);
    expect(report.shape).toEqual([2, 3]);
    expect(toRowsOf(result!)).toEqual([
      [11, 12, 13],
      [24, 25, 26],
    ]);
  });

  it('marks the repeated cells of a stretched operand', () => {
    const b = { rows: 2, cols: 1, data: [10, 20] };
    const cells = stretched(b, 2, 3);
    expect(cells.map((row) => row.map((c) => c.value))).toEqual([
      [10, 10, 10],
      [20, 20, 20],
    ]);
    expect(cells.map((row) => row.map((c) => c.copy))).toEqual([
      [false, true, true],
      [false, true, true],
    ]);
  });

  it('reports the numpy error for (n, m) with (m, n)', () => {
    const { report, result } = explore('nxm', 'mxn', '*', 2, 3);
    expect(result).toBeNull();
    expect(report.message).toBe('operands could not be broadcast together with shapes (2,3) (3,2)');
  });
});
