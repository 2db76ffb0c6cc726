import { describe, expect, it } from 'vitest';
import type { ComputeContext } from './context.ts';
import { syntheticData, vectorisationRace } from './vectorisation-race.ts';

const context: ComputeContext = {
  session: null,
  mnist: () => Promise.reject(new Error('no MNIST in this test')),
};

// No timed assertions: only the shape of the answer and the agreement of the two methods.
describe('vectorisation race', () => {
  it('returns one row per m, with runs, medians and a ratio', () => {
    const out = vectorisationRace(context, { nx: 20, ms: [5, 30, 120], repetitions: 3, seed: 1 });
    expect(out.nx).toBe(20);
    expect(out.repetitions).toBe(3);
    expect(out.rows.map((row) => row.m)).toEqual([5, 30, 120]);
    for (const row of out.rows) {
      expect(row.loopRunsMs).toHaveLength(3);
      expect(row.vectorisedRunsMs).toHaveLength(3);
      for (const t of [...row.loopRunsMs, ...row.vectorisedRunsMs])
        expect(t).toBeGreaterThanOrEqual(0);
      expect(row.loopRunsMs).toContain(row.loopMs);
      expect(row.vectorisedRunsMs).toContain(row.vectorisedMs);
      if (row.vectorisedMs > 0) expect(row.speedUp).toBeCloseTo(row.loopMs / row.vectorisedMs, 12);
    }
  });

  it('the loop and the vectorised step give the same gradients', () => {
    const out = vectorisationRace(context, { nx: 64, ms: [10, 200], repetitions: 1, seed: 3 });
    for (const row of out.rows) {
      // float32 data: the two orders of summation differ only by rounding.
      expect(row.maxAbsDifference.dw).toBeLessThan(1e-5);
      expect(row.maxAbsDifference.db).toBeLessThan(1e-5);
      expect(row.maxAbsDifference.cost).toBeLessThan(1e-5);
    }
  });

  it('synthetic data is seeded and shaped like the notes', () => {
    const a = syntheticData(3, 4, 9);
    const b = syntheticData(3, 4, 9);
    expect([a.X.rows, a.X.cols, a.Y.rows, a.Y.cols, a.w.length]).toEqual([3, 4, 1, 4, 3]);
    expect(Array.from(a.X.data)).toEqual(Array.from(b.X.data));
    for (const y of a.Y.data) expect([0, 1]).toContain(y);
  });

  it('refuses sizes it cannot race, naming them', () => {
    const race = (nx: number, ms: number[], repetitions = 1) =>
      vectorisationRace(context, { nx, ms, repetitions, seed: 1 });
    expect(() => race(0, [10])).toThrow('n_x must be a whole number');
    expect(() => race(10, [])).toThrow('at least one m');
    expect(() => race(10, [2.5])).toThrow('m must be a whole number');
    expect(() => race(4096, [10_000])).toThrow('X would be (4096, 10000)');
    expect(() => race(10, [10], 0)).toThrow('repetitions');
  });
});
