import { describe, expect, it } from 'vitest';
import {
  clampA,
  intuitionFunctions,
  isRoundingOnly,
  nudgeProblem,
  readNudge,
  shrinkingNudges,
} from './difference-quotient.ts';

describe('the notes’ worked nudges', () => {
  it('3a: 6 -> 6.003 at a = 2 and 15 -> 15.003 at a = 5, slope 3 everywhere', () => {
    const at2 = readNudge('linear', 2, 0.001);
    expect(at2.fa).toBe(6);
    expect(at2.faNudged).toBeCloseTo(6.003, 12);
    expect(at2.ratio).toBeCloseTo(3, 9);
    const at5 = readNudge('linear', 5, 0.001);
    expect(at5.faNudged).toBeCloseTo(15.003, 12);
    expect(at5.exact).toBe(3);
    expect(isRoundingOnly(at2)).toBe(true);
    expect(isRoundingOnly(at5)).toBe(true);
  });

  it('a^2: 4 -> 4.004 at a = 2 (slope 4 = 2a), 25 -> 25.010 at a = 5 (slope 10)', () => {
    const at2 = readNudge('square', 2, 0.001);
    expect(at2.fa).toBe(4);
    expect(at2.faNudged).toBeCloseTo(4.004, 5);
    expect(at2.exact).toBe(4);
    expect(at2.ratio).toBeCloseTo(4, 2);
    // The leftover is exactly the nudge for a^2: ((a + h)^2 - a^2) / h = 2a + h.
    expect(at2.difference).toBeCloseTo(0.001, 9);
    const at5 = readNudge('square', 5, 0.001);
    expect(at5.faNudged).toBeCloseTo(25.01, 5);
    expect(at5.exact).toBe(10);
    expect(isRoundingOnly(at2)).toBe(false);
  });

  it('a^3 at a = 2: 8 -> 8.012, slope 12 = 3a^2', () => {
    const r = readNudge('cube', 2, 0.001);
    expect(r.fa).toBe(8);
    expect(r.faNudged).toBeCloseTo(8.012, 4);
    expect(r.exact).toBe(12);
    expect(r.ratio).toBeCloseTo(12, 1);
  });

  it('ln(a) at a = 2: 0.69315 -> 0.69365, slope 0.5 = 1/a', () => {
    const r = readNudge('log', 2, 0.001);
    expect(r.fa).toBeCloseTo(0.69315, 5);
    expect(r.faNudged).toBeCloseTo(0.69365, 5);
    expect(r.exact).toBe(0.5);
    expect(r.ratio).toBeCloseTo(0.5, 3);
  });
});

describe('the estimate and the exact derivative', () => {
  it('agree ever better as the nudge shrinks (for a curve, roughly ten times per step)', () => {
    for (const name of ['square', 'cube', 'log'] as const) {
      const errors = shrinkingNudges(name, 1.5).map((r) => Math.abs(r.difference));
      for (let i = 1; i < errors.length; i++) {
        expect(errors[i]!).toBeLessThan(errors[i - 1]!);
        expect(errors[i - 1]! / errors[i]!).toBeGreaterThan(5);
      }
    }
  });

  it('every derivative matches a central difference', () => {
    for (const fn of Object.values(intuitionFunctions)) {
      for (const a of [0.5, 1, 2, 3.7]) {
        const h = 1e-5;
        const numeric = (fn.f(a + h) - fn.f(a - h)) / (2 * h);
        expect(fn.df(a)).toBeCloseTo(numeric, 6);
      }
    }
  });
});

describe('inputs', () => {
  it('rejects nudges that are not a small positive number', () => {
    expect(nudgeProblem(0.001)).toBeNull();
    expect(nudgeProblem(Number.NaN)).toBe('not-a-number');
    expect(nudgeProblem(0)).toBe('not-positive');
    expect(nudgeProblem(-0.1)).toBe('not-positive');
    expect(nudgeProblem(1e-15)).toBe('too-small');
    expect(nudgeProblem(2)).toBe('too-large');
  });

  it('keeps a inside the function’s range (ln needs a > 0)', () => {
    expect(clampA('log', -1)).toBe(intuitionFunctions.log.aMin);
    expect(clampA('square', -1)).toBe(-1);
    expect(clampA('cube', 100)).toBe(intuitionFunctions.cube.aMax);
  });
});
