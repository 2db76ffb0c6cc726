import { describe, expect, it } from 'vitest';
import {
  clampSelection,
  diagramHeight,
  edgeIsHighlighted,
  layoutNetwork,
  moveSelection,
} from './draw-network.ts';

const sizes = [3, 4, 1];

describe('layoutNetwork', () => {
  it('puts every layer in its own column, nodes inside the drawing', () => {
    const layers = layoutNetwork(sizes, 360);
    expect(layers.map((l) => l.length)).toEqual([3, 4, 1]);
    const xs = layers.map((l) => l[0]!.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    for (const node of layers.flat()) {
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(diagramHeight(sizes));
    }
  });
});

describe('edgeIsHighlighted', () => {
  it('a hidden node owns the edges into it (row i of W[1])', () => {
    const selected = { layer: 1, unit: 2 };
    expect(edgeIsHighlighted(1, 0, 2, selected)).toBe(true);
    expect(edgeIsHighlighted(1, 0, 1, selected)).toBe(false);
    // and its edge out to the output (column i of W[2])
    expect(edgeIsHighlighted(2, 2, 0, selected)).toBe(true);
  });
  it('an input node owns the edges out of it (column j of W[1])', () => {
    expect(edgeIsHighlighted(1, 1, 3, { layer: 0, unit: 1 })).toBe(true);
    expect(edgeIsHighlighted(2, 1, 0, { layer: 0, unit: 1 })).toBe(false);
  });
});

describe('moveSelection', () => {
  it('moves within and across layers and stays inside', () => {
    expect(moveSelection({ layer: 1, unit: 3 }, 'ArrowDown', sizes)).toEqual({ layer: 1, unit: 3 });
    expect(moveSelection({ layer: 1, unit: 3 }, 'ArrowLeft', sizes)).toEqual({ layer: 0, unit: 2 });
    expect(moveSelection({ layer: 1, unit: 3 }, 'ArrowRight', sizes)).toEqual({
      layer: 2,
      unit: 0,
    });
    expect(moveSelection({ layer: 0, unit: 0 }, 'ArrowLeft', sizes)).toEqual({ layer: 0, unit: 0 });
    expect(moveSelection({ layer: 0, unit: 0 }, 'x', sizes)).toBeNull();
  });
  it('clamps a selection after the network shrinks', () => {
    expect(clampSelection({ layer: 1, unit: 7 }, [2, 3, 1])).toEqual({ layer: 1, unit: 2 });
  });
});
