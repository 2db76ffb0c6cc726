import { describe, expect, it } from 'vitest';
import { threeAPlusBC } from '../../../src/nn/scalar-graph-examples.ts';
import { formatFixed, formatNumber, layoutGraph, linkPoint } from './graph-layout.ts';

const places = {
  a: { col: 0, row: 0 },
  b: { col: 0, row: 1 },
  c: { col: 0, row: 2 },
  u: { col: 1, row: 1.5 },
  v: { col: 2, row: 0.75 },
  J: { col: 3, row: 0.75 },
};
const sizes = { nodeWidth: 100, nodeHeight: 60, colSpacing: 150, rowSpacing: 80 };

describe('layoutGraph', () => {
  it('puts inputs left and the output right when wide', () => {
    const layout = layoutGraph(threeAPlusBC, places, sizes, 'wide');
    expect(layout.boxes.a!.x).toBeLessThan(layout.boxes.u!.x);
    expect(layout.boxes.v!.x).toBeLessThan(layout.boxes.J!.x);
    expect(layout.width).toBe(8 + 3 * 150 + 100 + 8);
    expect(layout.edges.map((e) => e.key)).toEqual(['b->u', 'c->u', 'a->v', 'u->v', 'v->J']);
  });

  it('reads top to bottom when narrow, edges from a box’s bottom to the next one’s top', () => {
    const layout = layoutGraph(threeAPlusBC, places, sizes, 'narrow');
    expect(layout.boxes.a!.y).toBe(layout.boxes.c!.y);
    expect(layout.boxes.J!.y).toBeGreaterThan(layout.boxes.v!.y);
    const edge = layout.edges.find((e) => e.key === 'v->J')!;
    const v = layout.boxes.v!;
    expect(edge.path.startsWith(`M${v.x + 50},${v.y + 60}`)).toBe(true);
  });

  it('puts edge labels on the curve: its ends at t = 0 and 1, the centre at t = 0.5', () => {
    expect(linkPoint([0, 0], [100, 50], 'wide', 0)).toEqual({ x: 0, y: 0 });
    expect(linkPoint([0, 0], [100, 50], 'wide', 1)).toEqual({ x: 100, y: 50 });
    expect(linkPoint([0, 0], [100, 50], 'narrow', 0.5)).toEqual({ x: 50, y: 25 });
  });

  it('throws for a node without a place', () => {
    expect(() => layoutGraph(threeAPlusBC, { a: places.a }, sizes, 'wide')).toThrow(/no place/);
  });
});

describe('formatting', () => {
  it('drops trailing zeros and never shows -0', () => {
    expect(formatNumber(33)).toBe('33');
    expect(formatNumber(-0.0001)).toBe('0');
    expect(formatNumber(0.59868766)).toBe('0.599');
    expect(formatFixed(2.9999999)).toBe('3.000');
    expect(formatFixed(Number.NaN)).toBe('—');
  });
});
