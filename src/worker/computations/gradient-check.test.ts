import { describe, expect, it } from 'vitest';
import { gradientVerdict, runGradientCheck } from './gradient-check';
import { contextOf, flowerSession } from './flower-session.test-support';

describe('gradient-check computation', () => {
  it('finds backprop right on the flower network, before and during training', () => {
    const session = flowerSession();
    const first = runGradientCheck(contextOf(session));
    expect(first.parameterCount).toBe(4 * 2 + 4 + 1 * 4 + 1);
    expect(first.m).toBe(400);
    expect(first.relativeDifference).toBeLessThan(1e-6);
    expect(first.verdict).toBe('great');
    session.trainer.step(200);
    const trained = runGradientCheck(contextOf(session), { epsilon: 1e-5 });
    expect(trained.iteration).toBe(200);
    expect(trained.relativeDifference).toBeLessThan(1e-6);
  });

  it('gets worse with a nudge far too large', () => {
    const session = flowerSession();
    session.trainer.step(100);
    const coarse = runGradientCheck(contextOf(session), { epsilon: 0.05 });
    const fine = runGradientCheck(contextOf(session), { epsilon: 1e-5 });
    expect(coarse.relativeDifference).toBeGreaterThan(fine.relativeDifference);
  });

  it('says so when both gradients are zero, and rejects a bad eps', () => {
    expect(gradientVerdict(1, 0, 1e-14)).toBe('zero');
    expect(gradientVerdict(1e-8, 1, 1)).toBe('great');
    expect(gradientVerdict(1e-6, 1, 1)).toBe('ok');
    expect(gradientVerdict(1e-3, 1, 1)).toBe('suspicious');
    expect(() => runGradientCheck(contextOf(flowerSession()), { epsilon: -1 })).toThrow('eps');
  });
});
