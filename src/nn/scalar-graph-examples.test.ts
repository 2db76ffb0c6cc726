import { describe, expect, it } from 'vitest';
import {
  gradientDescentStep,
  logisticDerivatives,
  logisticGiven,
  logisticRegressionGraph,
  type LogisticExample,
} from './scalar-graph-examples.ts';
import { evaluate, nudgeCheck } from './scalar-graph.ts';

describe('logistic regression: the graph gives the notes’ formulas', () => {
  const e: LogisticExample = { x1: 2, x2: -1, y: 1, w1: 0.3, w2: 0.5, b: 0.1 };
  const { values, grad } = evaluate(logisticRegressionGraph, logisticGiven(e));
  const notes = logisticDerivatives(e);

  it('forward z, a, L', () => {
    expect(values.z).toBeCloseTo(0.2, 12);
    expect(values.a).toBeCloseTo(notes.a, 12);
    expect(values.L).toBeCloseTo(notes.L, 12);
  });

  it('da = -y/a + (1-y)/(1-a), dz = a - y = da a(1-a), dw1 = x1 dz, dw2 = x2 dz, db = dz', () => {
    expect(grad.a).toBeCloseTo(notes.da, 12);
    expect(grad.z).toBeCloseTo(notes.dz, 12);
    expect(notes.dzChain).toBeCloseTo(notes.dz, 12);
    expect(grad.w1).toBeCloseTo(e.x1 * notes.dz, 12);
    expect(grad.w2).toBeCloseTo(e.x2 * notes.dz, 12);
    expect(grad.b).toBeCloseTo(notes.dz, 12);
    expect(grad.y).toBeUndefined();
  });

  it('one step of gradient descent lowers the loss', () => {
    const step = gradientDescentStep(e, 0.5);
    expect(step.next.w1).toBeCloseTo(e.w1 - 0.5 * notes.dw1, 12);
    expect(step.next.b).toBeCloseTo(e.b - 0.5 * notes.db, 12);
    expect(step.lossAfter).toBeLessThan(step.lossBefore);
  });
});

describe('nudging a probability out of its range', () => {
  it('gives NaN rather than a clipped loss', () => {
    const e: LogisticExample = { x1: 3, x2: 3, y: 0, w1: 3, w2: 3, b: 3 };
    const check = nudgeCheck(logisticRegressionGraph, logisticGiven(e), 'a');
    expect(Number.isNaN(check.ratio)).toBe(true);
  });
});
