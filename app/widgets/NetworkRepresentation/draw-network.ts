/**
 * Lesson 11's network diagram, without the DOM: where each node goes, which edges belong to
 * the selected node, and where the arrow keys lead. Layer 0 is the input x (n_x nodes),
 * layer 1 the hidden layer a[1] (n[1] nodes), layer 2 the output a[2] = y-hat (one node).
 */
export interface NodeSelection {
  /** 0 input, 1 hidden, 2 output */
  layer: number;
  /** 0-based unit within the layer (the notes' subscript i is unit + 1) */
  unit: number;
}

export interface PlacedNode extends NodeSelection {
  x: number;
  y: number;
}

export const NODE_RADIUS = 17;
const ROW_GAP = 46;
const TOP = 44;
const BOTTOM = 16;

export function diagramHeight(sizes: readonly number[]): number {
  return TOP + BOTTOM + Math.max(...sizes) * ROW_GAP;
}

/** Nodes centred per layer in columns across `width`. */
export function layoutNetwork(sizes: readonly number[], width: number): PlacedNode[][] {
  const height = diagramHeight(sizes);
  const inner = height - TOP - BOTTOM;
  const margin = 48;
  const step = sizes.length > 1 ? (width - 2 * margin) / (sizes.length - 1) : 0;
  return sizes.map((n, layer) => {
    const top = TOP + (inner - n * ROW_GAP) / 2 + ROW_GAP / 2;
    return Array.from({ length: n }, (_, unit) => ({
      layer,
      unit,
      x: margin + layer * step,
      y: top + unit * ROW_GAP,
    }));
  });
}

/** x-coordinate of each layer's column, for the layer titles. */
export function layerColumns(sizes: readonly number[], width: number): number[] {
  return layoutNetwork(sizes, width).map((nodes) => nodes[0]!.x);
}

/** An edge from unit `from` of layer l - 1 into unit `to` of layer l. */
export function edgeIsHighlighted(
  layer: number,
  from: number,
  to: number,
  selected: NodeSelection,
): boolean {
  if (selected.layer === layer) return selected.unit === to; // the weights into the node: row of W[l]
  if (selected.layer === layer - 1) return selected.unit === from; // where an input goes: column of W[l]
  return false;
}

/** Up/down within a layer, left/right to the neighbouring layer (the same row, or the nearest). */
export function moveSelection(
  selected: NodeSelection,
  key: string,
  sizes: readonly number[],
): NodeSelection | null {
  const n = sizes[selected.layer]!;
  switch (key) {
    case 'ArrowUp':
      return { layer: selected.layer, unit: Math.max(0, selected.unit - 1) };
    case 'ArrowDown':
      return { layer: selected.layer, unit: Math.min(n - 1, selected.unit + 1) };
    case 'Home':
      return { layer: selected.layer, unit: 0 };
    case 'End':
      return { layer: selected.layer, unit: n - 1 };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const layer = Math.min(
        sizes.length - 1,
        Math.max(0, selected.layer + (key === 'ArrowLeft' ? -1 : 1)),
      );
      return { layer, unit: Math.min(selected.unit, sizes[layer]! - 1) };
    }
    default:
      return null;
  }
}

/** A selection still inside the network after its sizes changed. */
export function clampSelection(selected: NodeSelection, sizes: readonly number[]): NodeSelection {
  const layer = Math.min(Math.max(0, selected.layer), sizes.length - 1);
  return { layer, unit: Math.min(Math.max(0, selected.unit), sizes[layer]! - 1) };
}
