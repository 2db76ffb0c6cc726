/**
 * Where the nodes and edges of a computation graph go, framework-free. Wide screens read the
 * graph left to right (inputs on the left, the output on the right); narrow ones top to
 * bottom, by swapping the grid's columns and rows.
 */
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { ScalarGraph } from '../../../src/nn/scalar-graph.ts';

export type Orientation = 'wide' | 'narrow';

/** Below this width (CSS px) the graph is drawn top to bottom. */
export const NARROW_BELOW_PX = 620;

export interface GridPlace {
  /** Column in the wide layout: how far from the inputs. */
  col: number;
  /** Row in the wide layout (fractions allowed, to centre a node between its inputs). */
  row: number;
}

export interface LayoutSizes {
  nodeWidth: number;
  nodeHeight: number;
  /** Distance between neighbouring columns (wide) or rows (narrow), box corner to box corner. */
  colSpacing: number;
  rowSpacing: number;
}

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeGeometry {
  /** "from->to", unique per edge of a graph without repeated inputs. */
  key: string;
  from: string;
  to: string;
  /** Which input of `to` this edge feeds (index into node.inputs). */
  index: number;
  path: string;
  /** A point a third of the way along the curve, where its label goes (spread out where edges meet). */
  mid: { x: number; y: number };
}

export interface GraphLayout {
  width: number;
  height: number;
  boxes: Record<string, NodeBox>;
  edges: EdgeGeometry[];
}

const PAD = 8;

type Point = [number, number];
const horizontal = linkHorizontal<{ source: Point; target: Point }, Point>();
const vertical = linkVertical<{ source: Point; target: Point }, Point>();

/** Where along an edge its label sits (0 = source, 1 = target). */
const LABEL_AT = 0.35;

/**
 * The point at t of a d3 link: a cubic Bézier whose control points sit halfway across,
 * at the source's and the target's height (horizontal) or abscissa (vertical).
 */
export function linkPoint(
  source: Point,
  target: Point,
  orientation: Orientation,
  t: number,
): { x: number; y: number } {
  const [x0, y0] = source;
  const [x3, y3] = target;
  const [c1, c2]: [Point, Point] =
    orientation === 'wide'
      ? [
          [(x0 + x3) / 2, y0],
          [(x0 + x3) / 2, y3],
        ]
      : [
          [x0, (y0 + y3) / 2],
          [x3, (y0 + y3) / 2],
        ];
  const u = 1 - t;
  const bezier = (p0: number, p1: number, p2: number, p3: number) =>
    u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
  return { x: bezier(x0, c1[0], c2[0], x3), y: bezier(y0, c1[1], c2[1], y3) };
}

export function layoutGraph(
  graph: ScalarGraph,
  places: Record<string, GridPlace>,
  sizes: LayoutSizes,
  orientation: Orientation,
): GraphLayout {
  const boxes: Record<string, NodeBox> = {};
  let width = 0;
  let height = 0;
  for (const node of graph.nodes) {
    const place = places[node.id];
    if (!place) throw new Error(`no place given for node ${node.id}`);
    const [across, down] = orientation === 'wide' ? [place.col, place.row] : [place.row, place.col];
    const box = {
      id: node.id,
      x: PAD + across * sizes.colSpacing,
      y: PAD + down * sizes.rowSpacing,
      width: sizes.nodeWidth,
      height: sizes.nodeHeight,
    };
    boxes[node.id] = box;
    width = Math.max(width, box.x + box.width + PAD);
    height = Math.max(height, box.y + box.height + PAD);
  }
  const edges: EdgeGeometry[] = [];
  for (const node of graph.nodes) {
    node.inputs.forEach((from, index) => {
      const a = boxes[from]!;
      const b = boxes[node.id]!;
      const [source, target]: [Point, Point] =
        orientation === 'wide'
          ? [
              [a.x + a.width, a.y + a.height / 2],
              [b.x, b.y + b.height / 2],
            ]
          : [
              [a.x + a.width / 2, a.y + a.height],
              [b.x + b.width / 2, b.y],
            ];
      const link = orientation === 'wide' ? horizontal : vertical;
      edges.push({
        key: `${from}->${node.id}`,
        from,
        to: node.id,
        index,
        path: link({ source, target }) ?? '',
        mid: linkPoint(source, target, orientation, LABEL_AT),
      });
    });
  }
  return { width, height, boxes, edges };
}

/** Short numbers for nodes: up to `digits` decimals, trailing zeros dropped, ASCII minus, no "-0". */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toFixed(digits);
  if (Number(text) === 0) return '0';
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Fixed decimals (for nudge ratios, where 3.000 against 3 is the point). */
export function formatFixed(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}
