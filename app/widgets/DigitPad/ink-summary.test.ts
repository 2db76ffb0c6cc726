import { describe, expect, it } from 'vitest';
import { inkSummary } from './ink-summary.ts';

describe('inkSummary', () => {
  it('is null for an empty image', () => {
    expect(inkSummary(new Float32Array(784))).toBeNull();
  });

  it('finds the ink box and the centre of mass in 1-based rows and columns', () => {
    const pixels = new Float32Array(784);
    // Two full pixels at (row 5, col 10) and (row 9, col 10), 0-based: centre at row 7.
    pixels[5 * 28 + 10] = 1;
    pixels[9 * 28 + 10] = 1;
    pixels[0] = 0.05; // too faint to count as ink, but it has a little mass
    const summary = inkSummary(pixels)!;
    expect(summary.inkPixels).toBe(2);
    expect(summary.rows).toEqual([6, 10]);
    expect(summary.columns).toEqual([11, 11]);
    expect(summary.centre[0]).toBeCloseTo(7.8, 1);
  });
});
