import { describe, expect, it } from 'vitest';
import {
  BroadcastError,
  broadcastApply,
  broadcastReport,
  broadcastShapes,
  numpyShapeText,
} from './broadcast-rule';

describe("numpy's broadcasting rule", () => {
  it("the notes' two cases: b (1,1) -> (1,m) and b (n,1) -> (n,m)", () => {
    expect(broadcastShapes([1, 1], [1, 7])).toEqual([1, 7]);
    expect(broadcastShapes([4, 7], [4, 1])).toEqual([4, 7]);
    const report = broadcastReport([4, 1], [4, 7]);
    expect(report.axes).toEqual([
      { a: 4, b: 4, result: 4, stretched: null },
      { a: 1, b: 7, result: 7, stretched: 'a' },
    ]);
  });

  it('stretches both operands when each has a 1 where the other does not', () => {
    const report = broadcastReport([3, 1], [1, 5]);
    expect(report.shape).toEqual([3, 5]);
    expect(report.axes.map((axis) => axis.stretched)).toEqual(['b', 'a']);
  });

  it('fails like numpy, naming both shapes, and marks the clashing axis', () => {
    const report = broadcastReport([2, 3], [3, 2]);
    expect(report.ok).toBe(false);
    expect(report.shape).toBeNull();
    expect(report.message).toBe('operands could not be broadcast together with shapes (2,3) (3,2)');
    expect(report.axes.map((axis) => axis.result)).toEqual([null, null]);
    expect(() => broadcastShapes([2, 3], [2, 4])).toThrow(BroadcastError);
    expect(() => broadcastShapes([2, 3], [2, 4])).toThrow('(2,3) (2,4)');
  });

  it('lines shapes up from the right, missing axes counting as 1', () => {
    expect(broadcastShapes([3], [2, 3])).toEqual([2, 3]);
    expect(broadcastShapes([], [2, 3])).toEqual([2, 3]);
    expect(() => broadcastShapes([2], [2, 3])).toThrow('shapes (2,) (2,3)');
    expect(numpyShapeText([5])).toBe('(5,)');
  });

  it('applies an operation with the stretched copies read, not stored', () => {
    const Z = { rows: 2, cols: 3, data: [1, 2, 3, 4, 5, 6] };
    const b = { rows: 2, cols: 1, data: [10, 20] };
    expect(Array.from(broadcastApply(Z, b, '+').data)).toEqual([11, 12, 13, 24, 25, 26]);
    const row = { rows: 1, cols: 3, data: [1, 2, 3] };
    const product = broadcastApply(b, row, '*');
    expect([product.rows, product.cols]).toEqual([2, 3]);
    expect(Array.from(product.data)).toEqual([10, 20, 30, 20, 40, 60]);
    const scalar = { rows: 1, cols: 1, data: [0.5] };
    expect(Array.from(broadcastApply(row, scalar, '-').data)).toEqual([0.5, 1.5, 2.5]);
    expect(() => broadcastApply(Z, { rows: 3, cols: 2, data: [0, 0, 0, 0, 0, 0] }, '+')).toThrow(
      'operands could not be broadcast together with shapes (2,3) (3,2)',
    );
  });
});
