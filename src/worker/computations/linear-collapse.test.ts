import { describe, expect, it } from 'vitest';
import { contextOf, flowerSession } from './flower-session.test-support';
import { linearCollapse } from './linear-collapse';

describe('linear-collapse computation', () => {
  it("the trained linear network and sigma(W'x + b') give the same outputs", () => {
    const session = flowerSession('linear', 'random', 8);
    session.trainer.step(500);
    const result = linearCollapse(contextOf(session));
    expect(result.W).toHaveLength(2);
    expect(result.b).toHaveLength(1);
    expect(result.m).toBe(400);
    expect(result.maxOutputDifference).toBeLessThan(1e-12);
    expect(result.maxLogitDifference).toBeLessThan(1e-12);
    expect(result.disagreements).toBe(0);
    // W' = W[2] W[1] by hand for the first input
    const { W } = session.trainer.params;
    let w1 = 0;
    for (let k = 0; k < 8; k++) w1 += W[1]!.data[k]! * W[0]!.data[k * 2]!;
    expect(result.W[0]).toBeCloseTo(w1, 10);
  });

  it('refuses a network with non-linear hidden units', () => {
    expect(() => linearCollapse(contextOf(flowerSession('tanh')))).toThrow('linear');
  });
});
