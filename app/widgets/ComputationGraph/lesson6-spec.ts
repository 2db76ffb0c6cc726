import { threeAPlusBC } from '../../../src/nn/scalar-graph-examples.ts';
import type { GraphSpec } from './types.ts';

const grad = (id: string) => ({ gradLabel: `dJ/d${id}`, gradShort: `d${id}` });

/**
 * J = 3(a + bc) laid out as in the notes: a, b, c on the left, u between b and c, then v, then J.
 * The node labels are the same in both languages (they are equations).
 */
export const lesson6Spec: GraphSpec = {
  graph: threeAPlusBC,
  nodes: {
    a: { label: 'a', short: 'a', ...grad('a'), place: { col: 0, row: 0 } },
    b: { label: 'b', short: 'b', ...grad('b'), place: { col: 0, row: 1 } },
    c: { label: 'c', short: 'c', ...grad('c'), place: { col: 0, row: 2 } },
    u: {
      label: 'u = bc',
      short: 'u',
      formula: 'u = b × c',
      ...grad('u'),
      place: { col: 1, row: 1.5 },
    },
    v: {
      label: 'v = a + u',
      short: 'v',
      formula: 'v = a + u',
      ...grad('v'),
      place: { col: 2, row: 0.75 },
    },
    J: {
      label: 'J = 3v',
      short: 'J',
      formula: 'J = 3 × v',
      ...grad('J'),
      place: { col: 3, row: 0.75 },
    },
  },
  sizes: {
    wide: { nodeWidth: 150, nodeHeight: 84, colSpacing: 215, rowSpacing: 100 },
    narrow: { nodeWidth: 96, nodeHeight: 84, colSpacing: 108, rowSpacing: 112 },
  },
};
