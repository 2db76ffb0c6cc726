import { describe, expect, it } from 'vitest';
import { analyseCurve } from './curve-analysis';

const sample = (f: (w: number) => number, lo: number, hi: number, n = 201) => {
  const ws = Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
  return { ws, J: ws.map(f) };
};

describe('analyseCurve', () => {
  it('finds the one minimum of a convex parabola and calls it convex', () => {
    const { ws, J } = sample((w) => (w - 0.37) ** 2, -2, 2);
    const result = analyseCurve(ws, J, (w) => 2 * (w - 0.37));
    expect(result.minima).toHaveLength(1);
    expect(result.minima[0]).toBeCloseTo(0.37, 9);
    expect(result.convex).toBe(true);
    expect(result.minCurvature).toBeCloseTo(2, 6);
    expect(result.concaveRanges).toEqual([]);
  });

  it('finds both minima of a double well and the concave stretch between them', () => {
    // J = (w^2 - 1)^2: minima at -1 and 1, J'' = 12 w^2 - 4 < 0 for |w| < 1/sqrt(3)
    const { ws, J } = sample((w) => (w * w - 1) ** 2, -2, 2, 401);
    const result = analyseCurve(ws, J, (w) => 4 * w * (w * w - 1));
    expect(result.minima.map((w) => Number(w.toFixed(9)))).toEqual([-1, 1]);
    expect(result.convex).toBe(false);
    expect(result.minCurvature).toBeCloseTo(-4, 2);
    expect(result.concaveRanges).toHaveLength(1);
    expect(result.concaveRanges[0]![0]).toBeCloseTo(-1 / Math.sqrt(3), 1);
    expect(result.concaveRanges[0]![1]).toBeCloseTo(1 / Math.sqrt(3), 1);
  });

  it('reports no interior minimum for a monotone curve', () => {
    const { ws, J } = sample((w) => Math.exp(w), -1, 1);
    expect(analyseCurve(ws, J, Math.exp).minima).toEqual([]);
  });

  it('does not mistake rounding on a straight line for concavity', () => {
    const { ws, J } = sample((w) => 0.1 * w + 3, -5, 5);
    expect(analyseCurve(ws, J, () => 0.1).convex).toBe(true);
  });
});
