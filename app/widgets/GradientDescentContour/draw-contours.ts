/**
 * Contour lines by marching squares, framework-free. The grid holds values at nodes,
 * row 0 at the top; a level's line crosses a cell edge where the value passes the level,
 * at the point found by linear interpolation along that edge. Coordinates come out in grid
 * units (column, row), for the caller to scale.
 */

export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

/** Where along an edge from value a to value b the level is crossed (0 at a, 1 at b). */
function cross(a: number, b: number, level: number): number {
  return a === b ? 0.5 : (level - a) / (b - a);
}

/** The segments of one level's contour over a resolution x resolution grid. */
export function contourSegments(
  values: ArrayLike<number>,
  resolution: number,
  level: number,
): Segment[] {
  const segments: Segment[] = [];
  const at = (r: number, c: number) => values[r * resolution + c]!;
  for (let r = 0; r < resolution - 1; r++) {
    for (let c = 0; c < resolution - 1; c++) {
      const tl = at(r, c);
      const tr = at(r, c + 1);
      const br = at(r + 1, c + 1);
      const bl = at(r + 1, c);
      const index =
        (tl >= level ? 8 : 0) |
        (tr >= level ? 4 : 0) |
        (br >= level ? 2 : 0) |
        (bl >= level ? 1 : 0);
      if (index === 0 || index === 15) continue;
      // Edge crossing points: top, right, bottom, left.
      const top = [c + cross(tl, tr, level), r] as const;
      const right = [c + 1, r + cross(tr, br, level)] as const;
      const bottom = [c + cross(bl, br, level), r + 1] as const;
      const left = [c, r + cross(tl, bl, level)] as const;
      const add = (p: readonly [number, number], q: readonly [number, number]) =>
        segments.push([p[0], p[1], q[0], q[1]]);
      const centreAbove = (tl + tr + br + bl) / 4 >= level;
      switch (index) {
        case 1:
        case 14:
          add(left, bottom);
          break;
        case 2:
        case 13:
          add(bottom, right);
          break;
        case 3:
        case 12:
          add(left, right);
          break;
        case 4:
        case 11:
          add(top, right);
          break;
        case 6:
        case 9:
          add(top, bottom);
          break;
        case 7:
        case 8:
          add(left, top);
          break;
        case 5: // tr and bl above: a saddle, split by the centre
          if (centreAbove) {
            add(left, top);
            add(bottom, right);
          } else {
            add(top, right);
            add(left, bottom);
          }
          break;
        case 10: // tl and br above
          if (centreAbove) {
            add(top, right);
            add(left, bottom);
          } else {
            add(left, top);
            add(bottom, right);
          }
          break;
      }
    }
  }
  return segments;
}

/** SVG path data for segments, mapped from grid units to the plot by `toX`, `toY`. */
export function segmentsPath(
  segments: readonly Segment[],
  toX: (column: number) => number,
  toY: (row: number) => number,
): string {
  const f = (v: number) => Number(v.toFixed(2));
  return segments
    .map(([x1, y1, x2, y2]) => `M${f(toX(x1))},${f(toY(y1))}L${f(toX(x2))},${f(toY(y2))}`)
    .join('');
}

/**
 * Contour levels for a cost with a minimum: J* + gap, with the gaps spaced geometrically
 * from `first` to the largest value, so lines crowd near the floor where the path ends.
 */
export function contourLevels(
  values: ArrayLike<number>,
  minimum: number,
  count: number,
  first = 0.01,
): number[] {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const top = max - minimum;
  if (!(top > first) || count < 2) return [minimum + top / 2];
  const ratio = (top / first) ** (1 / (count - 1));
  return Array.from({ length: count }, (_, k) => minimum + first * ratio ** k).filter(
    (v) => v < max,
  );
}
