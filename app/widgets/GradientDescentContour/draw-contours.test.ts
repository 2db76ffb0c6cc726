import { describe, expect, it } from 'vitest';
import { contourLevels, contourSegments, segmentsPath } from './draw-contours.ts';

/** f(c, r) = (c - 2)^2 + (r - 2)^2 on a 5x5 grid: circles around the centre node (2, 2). */
const bowl = Array.from(
  { length: 25 },
  (_, i) => ((i % 5) - 2) ** 2 + (Math.floor(i / 5) - 2) ** 2,
);

describe('marching squares', () => {
  it('draws a closed ring around a bowl’s minimum, every point at the level by interpolation', () => {
    const segments = contourSegments(bowl, 5, 1.5);
    // one segment in each of the 12 cells that touch a node below the level and one above
    expect(segments).toHaveLength(12);
    for (const [x1, y1, x2, y2] of segments) {
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ]) {
        // linear interpolation puts the crossing between nodes valued 1 and 4 (or 1 and 2) at the level
        expect(Math.hypot(x! - 2, y! - 2)).toBeGreaterThan(1);
        expect(Math.hypot(x! - 2, y! - 2)).toBeLessThan(1.6);
      }
    }
    // on the edge from node (2, 1) = 1 to node (2, 0) = 4 the crossing is 1/6 of the way
    expect(segments.some(([x, y]) => x === 2 && Math.abs(y - (1 - 1 / 6)) < 1e-12)).toBe(true);
  });

  it('draws nothing for a level outside the values', () => {
    expect(contourSegments(bowl, 5, -1)).toEqual([]);
    expect(contourSegments(bowl, 5, 100)).toEqual([]);
  });

  it('splits a saddle by the centre value', () => {
    // tl, br high; tr, bl low; centre average 0.5 >= level 0.4: the high corners are joined
    const saddle = [1, 0, 0, 1];
    const segments = contourSegments(saddle, 2, 0.4);
    expect(segments).toHaveLength(2);
  });

  it('writes scaled path data', () => {
    expect(
      segmentsPath(
        [[0, 0, 1, 1]],
        (c) => c * 10,
        (r) => r * 20,
      ),
    ).toBe('M0,0L10,20');
  });

  it('spaces levels geometrically above the minimum', () => {
    const levels = contourLevels([0.1, 10.1], 0.1, 3, 0.1);
    expect(levels).toHaveLength(2);
    expect(levels[0]).toBeCloseTo(0.2, 12);
    expect(levels[1]).toBeCloseTo(1.1, 12);
  });
});
