import { describe, expect, it } from 'vitest';
import { makeToyDataset } from '../data/toy';
import { fromRows, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { vectorisedGradientStep } from './logistic-regression';
import { loopGradientStep } from './loop-logistic-regression';
import { traceLength, traceLoop, traceLoopGradientStep } from './loop-trace';

describe('the loop over m examples, line by line', () => {
  it("ends with exactly loopGradientStep's accumulators and parameters", () => {
    for (const seed of [1, 2, 3]) {
      const { X, Y } = makeToyDataset('blobs', { m: 12, seed, noise: 1 });
      const w = new Float64Array([0.4, -0.7]);
      const states = traceLoop(w, 0.2, X, Y, 0.5);
      const last = states.at(-1)!;
      const reference = loopGradientStep(w, 0.2, X, Y, 0.5);
      expect(last.line).toBe('update');
      expect(states.find((s) => s.line === 'divide-grads')!.J).toBe(reference.cost);
      expect(Array.from(last.dw)).toEqual(Array.from(reference.dw));
      expect(last.db).toBe(reference.db);
      expect(last.J).toBe(reference.cost);
      expect(Array.from(last.w)).toEqual(Array.from(reference.w));
      expect(last.b).toBe(reference.b);
    }
  });

  it('agrees with the vectorised step to rounding, for any n_x', () => {
    const rng = createRng(5);
    const X = zeros(5, 9, 'float64');
    X.data.forEach((_, k) => (X.data[k] = rng.normal()));
    const Y = zeros(1, 9, 'float64');
    Y.data.forEach((_, k) => (Y.data[k] = rng.int(2)));
    const w = new Float64Array(5).map(() => rng.normal());
    const last = traceLoop(w, -0.1, X, Y, 0.3).at(-1)!;
    const vectorised = vectorisedGradientStep(w, -0.1, X, Y, 0.3);
    expect(last.J).toBeCloseTo(vectorised.cost, 12);
    last.dw.forEach((d, j) => expect(d).toBeCloseTo(vectorised.dw[j]!, 12));
    expect(last.b).toBeCloseTo(vectorised.b, 12);
  });

  it('yields one state per line in the notes order, with the running sums', () => {
    // Two examples, w = 0 and b = 0: every a is 1/2 and dz = 1/2 - y.
    const X = fromRows(
      [
        [1, -1],
        [2, 0],
      ],
      'float64',
    );
    const Y = fromRows([[1, 0]], 'float64');
    const states = [...traceLoopGradientStep(new Float64Array(2), 0, X, Y, 1)];
    expect(states).toHaveLength(traceLength(2, 2));
    expect(states.map((s) => s.line)).toEqual([
      'init',
      ...['z', 'a', 'J', 'dz', 'dw', 'dw', 'db'],
      ...['z', 'a', 'J', 'dz', 'dw', 'dw', 'db'],
      'divide-J',
      'divide-grads',
      'update',
    ]);
    const afterFirst = states[7]!;
    expect(afterFirst).toMatchObject({ line: 'db', i: 0, a: 0.5, dz: -0.5, db: -0.5 });
    expect(Array.from(afterFirst.dw)).toEqual([-0.5, -1]);
    expect(afterFirst.J).toBeCloseTo(Math.log(2), 12);
    expect(states[5]).toMatchObject({ line: 'dw', j: 0 });
    // The parameters change only on the last line.
    expect(Array.from(states.at(-2)!.w)).toEqual([0, 0]);
    expect(Array.from(states.at(-1)!.w)).toEqual([0.5, 0.5]);
  });

  it('each state is a snapshot that later lines do not change', () => {
    const { X, Y } = makeToyDataset('blobs', { m: 4, seed: 1 });
    const states = traceLoop(new Float64Array([1, 1]), 0, X, Y, 1);
    expect(Array.from(states[0]!.dw)).toEqual([0, 0]);
    expect(states[0]!.J).toBe(0);
  });

  it('names the shapes when w does not fit X', () => {
    expect(() => traceLoop(new Float64Array(3), 0, zeros(2, 4), zeros(1, 4), 1)).toThrow(
      'w is (3, 1) but X is (2, 4)',
    );
  });
});
