/**
 * Two scalar graphs worked through by hand in the notes, built on scalar-graph.ts: J = 3(a + bc)
 * (lesson 6) and logistic regression on one example (lesson 7), with the closed forms their
 * derivatives are checked against and one gradient-descent step.
 */
import { sigmoid } from '../math/activations.ts';
import { evaluate, forward, type NodeValues, type ScalarGraph } from './scalar-graph.ts';

/** J(a, b, c) = 3(a + bc) as u = bc, v = a + u, J = 3v. */
export const threeAPlusBC: ScalarGraph = {
  nodes: [
    { id: 'a', op: { kind: 'input' }, inputs: [] },
    { id: 'b', op: { kind: 'input' }, inputs: [] },
    { id: 'c', op: { kind: 'input' }, inputs: [] },
    { id: 'u', op: { kind: 'mul' }, inputs: ['b', 'c'] },
    { id: 'v', op: { kind: 'add' }, inputs: ['a', 'u'] },
    { id: 'J', op: { kind: 'scale', factor: 3 }, inputs: ['v'] },
  ],
  output: 'J',
};

/** The notes' inputs: a = 5, b = 3, c = 2, so J = 33. */
export const NOTES_ABC = { a: 5, b: 3, c: 2 } as const;

/** One example of logistic regression with two features: z = w1 x1 + w2 x2 + b, a = σ(z), L(a, y). */
export const logisticRegressionGraph: ScalarGraph = {
  nodes: [
    { id: 'x1', op: { kind: 'input' }, inputs: [] },
    { id: 'w1', op: { kind: 'input' }, inputs: [] },
    { id: 'x2', op: { kind: 'input' }, inputs: [] },
    { id: 'w2', op: { kind: 'input' }, inputs: [] },
    { id: 'b', op: { kind: 'input' }, inputs: [] },
    { id: 'y', op: { kind: 'constant' }, inputs: [] },
    { id: 'z', op: { kind: 'affine' }, inputs: ['w1', 'x1', 'w2', 'x2', 'b'] },
    { id: 'a', op: { kind: 'sigmoid' }, inputs: ['z'] },
    { id: 'L', op: { kind: 'cross-entropy' }, inputs: ['a', 'y'] },
  ],
  output: 'L',
};

export interface LogisticExample {
  x1: number;
  x2: number;
  y: number;
  w1: number;
  w2: number;
  b: number;
}

/** The notes' formulas for one example, written out by hand (not through the graph). */
export interface LogisticDerivatives {
  z: number;
  a: number;
  L: number;
  /** da = dL/da = -y/a + (1 - y)/(1 - a) */
  da: number;
  /** dz = a - y */
  dz: number;
  /** da × a(1 - a): the chain rule's route to dz, equal to a - y */
  dzChain: number;
  /** dw1 = x1 dz, dw2 = x2 dz, db = dz */
  dw1: number;
  dw2: number;
  db: number;
}

export function logisticDerivatives(e: LogisticExample): LogisticDerivatives {
  const z = e.w1 * e.x1 + e.w2 * e.x2 + e.b;
  const a = sigmoid(z);
  const L = -(e.y * Math.log(a) + (1 - e.y) * Math.log(1 - a));
  const da = -e.y / a + (1 - e.y) / (1 - a);
  const dz = a - e.y;
  return { z, a, L, da, dz, dzChain: da * a * (1 - a), dw1: e.x1 * dz, dw2: e.x2 * dz, db: dz };
}

/** The graph's given values for one example. */
export function logisticGiven(e: LogisticExample): NodeValues {
  return { x1: e.x1, w1: e.w1, x2: e.x2, w2: e.w2, b: e.b, y: e.y };
}

export interface GradientStep {
  /** w1 := w1 - α dw1, w2 := w2 - α dw2, b := b - α db */
  next: LogisticExample;
  lossBefore: number;
  lossAfter: number;
  /** The gradients used, from the graph's backward pass. */
  dw1: number;
  dw2: number;
  db: number;
}

/** One step of gradient descent on this one example, with the loss before and after. */
export function gradientDescentStep(e: LogisticExample, alpha: number): GradientStep {
  const { values, grad } = evaluate(logisticRegressionGraph, logisticGiven(e));
  const dw1 = grad.w1!;
  const dw2 = grad.w2!;
  const db = grad.b!;
  const next = { ...e, w1: e.w1 - alpha * dw1, w2: e.w2 - alpha * dw2, b: e.b - alpha * db };
  const lossAfter = forward(logisticRegressionGraph, logisticGiven(next)).L!;
  return { next, lossBefore: values.L!, lossAfter, dw1, dw2, db };
}
