/**
 * What lesson 8's stepper shows for a trace state, without React: which pseudo-code row is
 * current, the per-example table, and the scatter plot's scales and decision line.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Matrix } from '../../../src/math/matrix.ts';
import type { LoopLine, LoopState } from '../../../src/nn/loop-trace.ts';

/** The pseudo-code rows for two features, as the notes write them. */
export type PseudoRow =
  | 'init'
  | 'for'
  | 'z'
  | 'a'
  | 'J'
  | 'dz'
  | 'dw1'
  | 'dw2'
  | 'db'
  | 'divide-J'
  | 'divide-grads'
  | 'update';

export const PSEUDO_ROWS: readonly { row: PseudoRow; code: string; indent: number }[] = [
  { row: 'init', code: 'J = 0;  dw₁ = 0;  dw₂ = 0;  db = 0', indent: 0 },
  { row: 'for', code: 'for i = 1 to m:', indent: 0 },
  { row: 'z', code: 'z⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b', indent: 1 },
  { row: 'a', code: 'a⁽ⁱ⁾ = σ(z⁽ⁱ⁾)', indent: 1 },
  { row: 'J', code: 'J += −[y⁽ⁱ⁾ log a⁽ⁱ⁾ + (1 − y⁽ⁱ⁾) log(1 − a⁽ⁱ⁾)]', indent: 1 },
  { row: 'dz', code: 'dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾', indent: 1 },
  { row: 'dw1', code: 'dw₁ += x₁⁽ⁱ⁾ dz⁽ⁱ⁾', indent: 1 },
  { row: 'dw2', code: 'dw₂ += x₂⁽ⁱ⁾ dz⁽ⁱ⁾', indent: 1 },
  { row: 'db', code: 'db += dz⁽ⁱ⁾', indent: 1 },
  { row: 'divide-J', code: 'J /= m', indent: 0 },
  { row: 'divide-grads', code: 'dw₁ /= m;  dw₂ /= m;  db /= m', indent: 0 },
  { row: 'update', code: 'w₁ := w₁ − α dw₁;  w₂ := w₂ − α dw₂;  b := b − α db', indent: 0 },
];

export function rowOf(state: Pick<LoopState, 'line' | 'j'>): PseudoRow {
  if (state.line === 'dw') return state.j === 0 ? 'dw1' : 'dw2';
  return state.line as Exclude<LoopLine, 'dw'>;
}

/** Which accumulator (or parameter set) the line just wrote, for highlighting. */
export type Written = 'J' | 'dw1' | 'dw2' | 'db' | 'all' | 'params' | null;
export function writtenBy(state: Pick<LoopState, 'line' | 'j'>): Written {
  switch (state.line) {
    case 'init':
      return 'all';
    case 'J':
    case 'divide-J':
      return 'J';
    case 'dw':
      return state.j === 0 ? 'dw1' : 'dw2';
    case 'db':
      return 'db';
    case 'divide-grads':
      return 'all';
    case 'update':
      return 'params';
    default:
      return null;
  }
}

/** Index of the state after example i's last line ('db'): 1 + (i + 1)(5 + n_x) - 1. */
export function lastStateOfExample(i: number, nx: number): number {
  return (i + 1) * (5 + nx);
}

/** Index of the state after example i's first line ('z'). */
export function firstStateOfExample(i: number, nx: number): number {
  return 1 + i * (5 + nx);
}

/** The step "Next example" goes to: the end of the current example, or of the next one. */
export function nextExampleStep(step: number, states: readonly LoopState[], nx: number): number {
  const state = states[step];
  const last = states.length - 1;
  if (!state) return last;
  if (state.i === null) {
    if (state.line === 'init') return Math.min(lastStateOfExample(0, nx), last);
    return last;
  }
  const end = lastStateOfExample(state.i, nx);
  if (step < end) return end;
  return Math.min(lastStateOfExample(state.i + 1, nx), last);
}

/** One row of the per-example table: what is known of example i at this step. */
export interface ExampleRow {
  i: number;
  x1: number;
  x2: number;
  y: number;
  status: 'done' | 'current' | 'waiting';
  z: number | null;
  a: number | null;
  loss: number | null;
  dz: number | null;
  /** the running sums after this example's last line (null until then) */
  J: number | null;
  dw1: number | null;
  dw2: number | null;
  db: number | null;
}

export function exampleRows(
  X: Matrix,
  Y: Matrix,
  states: readonly LoopState[],
  step: number,
): ExampleRow[] {
  const m = X.cols;
  const nx = X.rows;
  const current = states[step];
  const loopDone = current !== undefined && current.i === null && current.line !== 'init';
  return Array.from({ length: m }, (_, i): ExampleRow => {
    const base = { i, x1: X.data[i]!, x2: X.data[m + i]!, y: Y.data[i]! };
    const endIndex = lastStateOfExample(i, nx);
    const status =
      loopDone || step >= endIndex ? 'done' : current?.i === i ? 'current' : ('waiting' as const);
    const source = status === 'done' ? states[endIndex] : status === 'current' ? current : null;
    const finished = status === 'done';
    return {
      ...base,
      status,
      z: source?.z ?? null,
      a: source?.a ?? null,
      loss: source?.loss ?? null,
      dz: source?.dz ?? null,
      J: finished ? source!.J : null,
      dw1: finished ? source!.dw[0]! : null,
      dw2: finished ? source!.dw[1]! : null,
      db: finished ? source!.db : null,
    };
  });
}

export const SCATTER = { width: 360, height: 300, margin: 28 } as const;

export interface ScatterScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  domain: { x1: [number, number]; x2: [number, number] };
}

/** Square-ish scales around the points with a margin, so the line's slope reads true. */
export function scatterScales(X: Matrix): ScatterScales {
  const m = X.cols;
  let lo1 = Infinity;
  let hi1 = -Infinity;
  let lo2 = Infinity;
  let hi2 = -Infinity;
  for (let i = 0; i < m; i++) {
    lo1 = Math.min(lo1, X.data[i]!);
    hi1 = Math.max(hi1, X.data[i]!);
    lo2 = Math.min(lo2, X.data[m + i]!);
    hi2 = Math.max(hi2, X.data[m + i]!);
  }
  const pad = 0.6;
  const x1: [number, number] = [lo1 - pad, hi1 + pad];
  const x2: [number, number] = [lo2 - pad, hi2 + pad];
  return {
    x: scaleLinear()
      .domain(x1)
      .range([SCATTER.margin, SCATTER.width - 8]),
    y: scaleLinear()
      .domain(x2)
      .range([SCATTER.height - SCATTER.margin, 8]),
    domain: { x1, x2 },
  };
}

/**
 * The decision line w1 x1 + w2 x2 + b = 0 clipped to the plot's box, in data coordinates, or
 * null if it misses the box (or w = 0).
 */
export function decisionSegment(
  w1: number,
  w2: number,
  b: number,
  domain: ScatterScales['domain'],
): [[number, number], [number, number]] | null {
  const [a1, b1] = domain.x1;
  const [a2, b2] = domain.x2;
  const points: [number, number][] = [];
  const push = (p: [number, number]) => {
    const inside = p[0] >= a1 - 1e-9 && p[0] <= b1 + 1e-9 && p[1] >= a2 - 1e-9 && p[1] <= b2 + 1e-9;
    if (inside && !points.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-9)) points.push(p);
  };
  if (w2 !== 0) {
    for (const x1 of [a1, b1]) push([x1, -(w1 * x1 + b) / w2]);
  }
  if (w1 !== 0) {
    for (const x2 of [a2, b2]) push([-(w2 * x2 + b) / w1, x2]);
  }
  return points.length >= 2 ? [points[0]!, points[1]!] : null;
}

/** `digits` decimals, or exponent form below 0.001; a true minus sign for negatives. */
export function formatValue(value: number | null, digits = 4): string {
  if (value === null) return '';
  if (value === 0) return '0';
  const fixed = Math.abs(value) >= 1e-3 ? value.toFixed(digits) : value.toExponential(2);
  return fixed.replace(/^-/, '−');
}
