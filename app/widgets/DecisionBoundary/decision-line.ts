/**
 * Where logistic regression's decision boundary w1 x1 + w2 x2 + b = 0 (that is,
 * y-hat = sigma(0) = 0.5) crosses a rectangle: the segment to draw, or null when the
 * line misses the rectangle or w = 0 (then every point gets the same probability).
 */
import type { GridBounds } from '../../engine/index.ts';

export type Segment = [[number, number], [number, number]];

export function decisionLine(
  w1: number,
  w2: number,
  b: number,
  bounds: GridBounds,
): Segment | null {
  const points: [number, number][] = [];
  const add = (x: number, y: number) => {
    const inside =
      x >= bounds.xMin - 1e-9 &&
      x <= bounds.xMax + 1e-9 &&
      y >= bounds.yMin - 1e-9 &&
      y <= bounds.yMax + 1e-9;
    if (inside && !points.some(([px, py]) => Math.abs(px - x) < 1e-9 && Math.abs(py - y) < 1e-9))
      points.push([x, y]);
  };
  if (w2 !== 0) {
    // x2 = -(w1 x1 + b) / w2 at the left and right edges
    add(bounds.xMin, -(w1 * bounds.xMin + b) / w2);
    add(bounds.xMax, -(w1 * bounds.xMax + b) / w2);
  }
  if (w1 !== 0) {
    add(-(w2 * bounds.yMin + b) / w1, bounds.yMin);
    add(-(w2 * bounds.yMax + b) / w1, bounds.yMax);
  }
  if (points.length < 2) return null;
  return [points[0]!, points[1]!];
}

/** Square bounds around the data with a margin, so the boundary has room on every side. */
export function boundsAround(
  X: { cols: number; data: ArrayLike<number> },
  margin = 0.15,
): GridBounds {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < X.cols; i++) {
    const x = X.data[i]!;
    const y = X.data[X.cols + i]!;
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  if (!Number.isFinite(xMin)) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  const half = (Math.max(xMax - xMin, yMax - yMin) / 2) * (1 + margin) || 1;
  const cx = (xMin + xMax) / 2;
  const cy = (yMin + yMax) / 2;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    xMin: round(cx - half),
    xMax: round(cx + half),
    yMin: round(cy - half),
    yMax: round(cy + half),
  };
}
