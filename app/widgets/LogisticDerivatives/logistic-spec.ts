import { logisticRegressionGraph } from '../../../src/nn/scalar-graph-examples.ts';
import type { GraphSpec } from '../ComputationGraph/types.ts';

const input = (id: string, short: string, row: number) => ({
  label: short,
  short,
  gradLabel: `dL/d${short}`,
  gradShort: `d${short}`,
  place: { col: 0, row },
});

/** The notes' graph for one example: x1, w1, x2, w2, b -> z -> a = σ(z) -> L(a, y). */
export const logisticSpec: GraphSpec = {
  graph: logisticRegressionGraph,
  nodes: {
    x1: input('x1', 'x₁', 0),
    w1: input('w1', 'w₁', 1),
    x2: input('x2', 'x₂', 2),
    w2: input('w2', 'w₂', 3),
    b: input('b', 'b', 4),
    y: { label: 'y', short: 'y', gradLabel: '', gradShort: '', place: { col: 2, row: 3.3 } },
    z: {
      label: 'z = w₁x₁ + w₂x₂ + b',
      short: 'z',
      formula: 'z = w₁x₁ + w₂x₂ + b',
      gradLabel: 'dL/dz',
      gradShort: 'dz',
      place: { col: 1, row: 2 },
    },
    a: {
      label: 'a = σ(z)',
      short: 'a',
      formula: 'a = σ(z)',
      gradLabel: 'dL/da',
      gradShort: 'da',
      place: { col: 2, row: 2 },
    },
    L: {
      label: 'L(a, y)',
      short: 'L',
      formula: 'L = −(y ln a + (1 − y) ln(1 − a))',
      gradLabel: 'dL/dL',
      gradShort: 'dL',
      place: { col: 3, row: 2 },
    },
  },
  sizes: {
    wide: { nodeWidth: 172, nodeHeight: 84, colSpacing: 262, rowSpacing: 96 },
    narrow: { nodeWidth: 58, nodeHeight: 84, colSpacing: 62, rowSpacing: 128 },
  },
};
