import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import {
  logisticGiven,
  logisticRegressionGraph,
  NOTES_ABC,
  threeAPlusBC,
  type LogisticExample,
} from './scalar-graph-examples.ts';
import {
  centralDifference,
  evaluate,
  forward,
  levels,
  nudgeCheck,
  type ScalarGraph,
} from './scalar-graph.ts';

describe('J = 3(a + bc) with the notes’ numbers', () => {
  const { values, grad, local } = evaluate(threeAPlusBC, NOTES_ABC);

  it('forward: u = 6, v = 11, J = 33', () => {
    expect(values).toMatchObject({ a: 5, b: 3, c: 2, u: 6, v: 11, J: 33 });
  });

  it('backward: dJ/dv = 3, dJ/du = 3, dJ/da = 3, dJ/db = 6 = 3c, dJ/dc = 9 = 3b', () => {
    expect(grad).toEqual({ J: 1, v: 3, u: 3, a: 3, b: 6, c: 9 });
    expect(local.u).toEqual([2, 3]); // du/db = c, du/dc = b
    expect(local.v).toEqual([1, 1]);
    expect(local.J).toEqual([3]);
  });

  it('nudges: u 6 -> 6.001 gives J 33 -> 33.003; b 3 -> 3.001 gives J 33.006', () => {
    const u = nudgeCheck(threeAPlusBC, NOTES_ABC, 'u');
    expect(u.before).toBe(33);
    expect(u.after).toBeCloseTo(33.003, 10);
    expect(u.ratio).toBeCloseTo(3, 6);
    const b = nudgeCheck(threeAPlusBC, NOTES_ABC, 'b');
    expect(b.after).toBeCloseTo(33.006, 10);
    expect(forward(threeAPlusBC, NOTES_ABC, { id: 'b', delta: 0.001 }).u).toBeCloseTo(6.002, 10);
    expect(nudgeCheck(threeAPlusBC, NOTES_ABC, 'c').ratio).toBeCloseTo(9, 6);
    expect(nudgeCheck(threeAPlusBC, NOTES_ABC, 'a').ratio).toBeCloseTo(3, 6);
  });

  it('dJ/db = 3c for any c (c = 4 gives 12)', () => {
    expect(evaluate(threeAPlusBC, { ...NOTES_ABC, c: 4 }).grad.b).toBe(12);
  });

  it('groups the passes by distance: forward u, v, J; backward J, v, {a, u}, {b, c}', () => {
    expect(levels(threeAPlusBC, 'forward')).toEqual([['a', 'b', 'c'], ['u'], ['v'], ['J']]);
    expect(levels(threeAPlusBC, 'backward')).toEqual([['J'], ['v'], ['a', 'u'], ['b', 'c']]);
  });
});

/** Every backward value against a central difference, at random inputs. */
function expectGradientsMatch(graph: ScalarGraph, given: Record<string, number>) {
  const { grad } = evaluate(graph, given);
  for (const [id, g] of Object.entries(grad)) {
    const numeric = centralDifference(graph, given, id);
    expect(g, `d${graph.output}/d${id}`).toBeCloseTo(numeric, 5);
  }
}

describe('backward agrees with central differences', () => {
  const rng = createRng(5);
  const draw = () => rng.next() * 4 - 2;

  it('on J = 3(a + bc)', () => {
    for (let t = 0; t < 20; t++)
      expectGradientsMatch(threeAPlusBC, { a: draw(), b: draw(), c: draw() });
  });

  it('on the logistic-regression graph, for both labels', () => {
    for (let t = 0; t < 20; t++) {
      const e: LogisticExample = {
        x1: draw(),
        x2: draw(),
        y: t % 2,
        w1: draw(),
        w2: draw(),
        b: draw(),
      };
      expectGradientsMatch(logisticRegressionGraph, logisticGiven(e));
    }
  });

  it('on a graph that reuses a node (the gradients of both paths add up)', () => {
    const square: ScalarGraph = {
      nodes: [
        { id: 'x', op: { kind: 'input' }, inputs: [] },
        { id: 'p', op: { kind: 'mul' }, inputs: ['x', 'x'] },
        { id: 'q', op: { kind: 'add' }, inputs: ['p', 'x', 'x'] },
      ],
      output: 'q',
    };
    expect(evaluate(square, { x: 3 }).grad.x).toBe(8); // d(x^2 + 2x)/dx = 2x + 2
    expectGradientsMatch(square, { x: -1.3 });
  });
});
