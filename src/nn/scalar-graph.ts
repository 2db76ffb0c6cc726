/**
 * A computation graph of scalars, micrograd style: every operation's forward value and its
 * local derivatives sit side by side, and backward() applies the chain rule from the output
 * back to every node:
 *
 *   d output / d input  +=  d output / d node  ×  d node / d input      (for each edge)
 *
 * Lessons 6 and 7 draw these graphs; the nudge check re-runs forward with one node moved by h,
 * which is how the notes confirm each derivative (u: 6 -> 6.001 makes J: 33 -> 33.003).
 */
import { sigmoid } from '../math/activations.ts';

/** Cross-entropy clips a into [CLIP, 1 - CLIP] before a log, as src/math/losses.ts does. */
const CLIP = 1e-12;

export type ScalarOp =
  /** A value the student sets; it gets a derivative. */
  | { kind: 'input' }
  /** A value the student sets that is not differentiated (the label y). */
  | { kind: 'constant' }
  /** Sum of the inputs. */
  | { kind: 'add' }
  /** Product of two inputs. */
  | { kind: 'mul' }
  /** factor × the input, e.g. J = 3v. */
  | { kind: 'scale'; factor: number }
  /** w1 x1 + w2 x2 + ... + b, inputs in the order [w1, x1, w2, x2, ..., b]. */
  | { kind: 'affine' }
  /** a = σ(z) */
  | { kind: 'sigmoid' }
  /** L(a, y) = -(y ln a + (1 - y) ln(1 - a)), inputs [a, y]. */
  | { kind: 'cross-entropy' };

export interface GraphNode {
  readonly id: string;
  readonly op: ScalarOp;
  /** Ids of earlier nodes: a graph lists its nodes in an order where inputs come first. */
  readonly inputs: readonly string[];
}

export interface ScalarGraph {
  readonly nodes: readonly GraphNode[];
  /** The node whose derivatives backward() computes (J, or the loss L). */
  readonly output: string;
}

export type NodeValues = Record<string, number>;

function clip(a: number): number {
  return Math.min(1 - CLIP, Math.max(CLIP, a));
}

/** Forward value of one operation. */
function opForward(op: ScalarOp, x: readonly number[]): number {
  switch (op.kind) {
    case 'input':
    case 'constant':
      throw new Error('inputs and constants take their value from the caller');
    case 'add':
      return x.reduce((sum, v) => sum + v, 0);
    case 'mul':
      return x[0]! * x[1]!;
    case 'scale':
      return op.factor * x[0]!;
    case 'affine': {
      let z = x[x.length - 1]!;
      for (let i = 0; i + 1 < x.length; i += 2) z += x[i]! * x[i + 1]!;
      return z;
    }
    case 'sigmoid':
      return sigmoid(x[0]!);
    case 'cross-entropy': {
      // Outside [0, 1] the logs are undefined (a nudged past 1, say): NaN, not a clipped number.
      if (!(x[0]! >= 0 && x[0]! <= 1)) return Number.NaN;
      const a = clip(x[0]!);
      const y = x[1]!;
      return -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
    }
  }
}

/** Local derivatives d node / d input_i, given the inputs and the node's own value. */
function opLocal(op: ScalarOp, x: readonly number[], out: number): number[] {
  switch (op.kind) {
    case 'input':
    case 'constant':
      return [];
    case 'add':
      return x.map(() => 1);
    case 'mul':
      // d(pq)/dp = q, d(pq)/dq = p
      return [x[1]!, x[0]!];
    case 'scale':
      return [op.factor];
    case 'affine':
      // dz/dw_i = x_i, dz/dx_i = w_i, dz/db = 1
      return x.map((_, i) => (i === x.length - 1 ? 1 : i % 2 === 0 ? x[i + 1]! : x[i - 1]!));
    case 'sigmoid':
      // da/dz = a(1 - a)
      return [out * (1 - out)];
    case 'cross-entropy': {
      // dL/da = -y/a + (1 - y)/(1 - a); y is a label, not differentiated.
      const a = clip(x[0]!);
      const y = x[1]!;
      return [-y / a + (1 - y) / (1 - a), 0];
    }
  }
}

function inputsOf(node: GraphNode, values: NodeValues): number[] {
  return node.inputs.map((id) => {
    const v = values[id];
    if (v === undefined) throw new Error(`node ${node.id} reads ${id} before it is computed`);
    return v;
  });
}

/** Moves one node's value by delta after it is computed, so everything downstream sees the change. */
export interface Nudge {
  id: string;
  delta: number;
}

/**
 * Every node's value. `given` holds the inputs' and constants' values (missing ones throw);
 * with `nudge`, that node's value is moved by delta and the rest of the graph follows.
 * Allocates a new record.
 */
export function forward(graph: ScalarGraph, given: NodeValues, nudge?: Nudge): NodeValues {
  const values: NodeValues = {};
  for (const node of graph.nodes) {
    let value: number;
    if (node.op.kind === 'input' || node.op.kind === 'constant') {
      const v = given[node.id];
      if (v === undefined) throw new Error(`no value given for input ${node.id}`);
      value = v;
    } else {
      value = opForward(node.op, inputsOf(node, values));
    }
    if (nudge && nudge.id === node.id) value += nudge.delta;
    values[node.id] = value;
  }
  return values;
}

export interface BackwardResult {
  /** d output / d node for every node that is not a constant (the output's own is 1). */
  grad: NodeValues;
  /** Per node, d node / d input_i in the order of node.inputs: the number on each edge. */
  local: Record<string, number[]>;
}

/** Reverse-mode chain rule over the graph, from values computed by forward(). Allocates. */
export function backward(graph: ScalarGraph, values: NodeValues): BackwardResult {
  const grad: NodeValues = {};
  const local: Record<string, number[]> = {};
  for (const node of graph.nodes) {
    if (node.op.kind !== 'constant') grad[node.id] = 0;
    local[node.id] = opLocal(node.op, inputsOf(node, values), values[node.id]!);
  }
  grad[graph.output] = 1;
  for (let n = graph.nodes.length - 1; n >= 0; n--) {
    const node = graph.nodes[n]!;
    const upstream = grad[node.id];
    if (upstream === undefined) continue;
    node.inputs.forEach((id, i) => {
      if (grad[id] !== undefined) grad[id] += upstream * local[node.id]![i]!;
    });
  }
  return { grad, local };
}

/** Forward and backward together. */
export function evaluate(graph: ScalarGraph, given: NodeValues) {
  const values = forward(graph, given);
  return { values, ...backward(graph, values) };
}

/** The notes' check of a derivative: nudge one node by h and see how much the output moves. */
export interface NudgeCheck {
  h: number;
  /** the output before the nudge */
  before: number;
  /** the output with the node moved by h */
  after: number;
  /** (after - before) / h, to compare with d output / d node */
  ratio: number;
}

export const NOTES_NUDGE = 0.001;

export function nudgeCheck(
  graph: ScalarGraph,
  given: NodeValues,
  id: string,
  h = NOTES_NUDGE,
): NudgeCheck {
  const before = forward(graph, given)[graph.output]!;
  const after = forward(graph, given, { id, delta: h })[graph.output]!;
  return { h, before, after, ratio: (after - before) / h };
}

/** (f(x + h) - f(x - h)) / 2h for one node: the independent reference the tests use. */
export function centralDifference(
  graph: ScalarGraph,
  given: NodeValues,
  id: string,
  h = 1e-6,
): number {
  const plus = forward(graph, given, { id, delta: h })[graph.output]!;
  const minus = forward(graph, given, { id, delta: -h })[graph.output]!;
  return (plus - minus) / (2 * h);
}

/**
 * Nodes grouped by how far they are from the graph's inputs (forward order) or from its
 * output (backward order): the steps in which a pass can be shown.
 */
export function levels(graph: ScalarGraph, direction: 'forward' | 'backward'): string[][] {
  const depth: Record<string, number> = {};
  if (direction === 'forward') {
    for (const node of graph.nodes) {
      const isLeaf = node.op.kind === 'input' || node.op.kind === 'constant';
      depth[node.id] = isLeaf ? 0 : 1 + Math.max(...node.inputs.map((id) => depth[id]!));
    }
  } else {
    depth[graph.output] = 0;
    for (let n = graph.nodes.length - 1; n >= 0; n--) {
      const node = graph.nodes[n]!;
      const d = depth[node.id];
      if (d === undefined) continue;
      for (const id of node.inputs) depth[id] = Math.min(depth[id] ?? Infinity, d + 1);
    }
    for (const node of graph.nodes) if (node.op.kind === 'constant') delete depth[node.id];
  }
  const groups: string[][] = [];
  for (const node of graph.nodes) {
    const d = depth[node.id];
    if (d === undefined) continue;
    (groups[d] ??= []).push(node.id);
  }
  return groups.filter((group) => group.length > 0);
}
