import type { ScalarGraph } from '../../../src/nn/scalar-graph.ts';
import type { GridPlace, LayoutSizes } from './graph-layout.ts';

/** How one node is named and placed; the words come localised from the lesson's widget. */
export interface NodeInfo {
  /** Shown on wide screens and in the table: "u = bc". */
  label: string;
  /** Shown on narrow screens: "u". */
  short: string;
  /** The derivative's name: "dJ/du" (wide) and "du" (narrow, the notes' code name). */
  gradLabel: string;
  gradShort: string;
  /** How the node is computed, for the table: "b × c". */
  formula?: string;
  place: GridPlace;
}

export interface GraphSpec {
  graph: ScalarGraph;
  nodes: Record<string, NodeInfo>;
  sizes: { wide: LayoutSizes; narrow: LayoutSizes };
}
