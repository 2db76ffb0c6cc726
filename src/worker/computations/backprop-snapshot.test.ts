import { describe, expect, it } from 'vitest';
import { backpropSnapshot, summarize } from './backprop-snapshot';
import { contextOf, flowerSession } from './flower-session.test-support';

describe('backprop-snapshot', () => {
  it("has the notes' shapes for a 2-4-1 network on 400 examples", () => {
    const snapshot = backpropSnapshot(contextOf(flowerSession()));
    const shape = (name: keyof typeof snapshot.matrices) => [
      snapshot.matrices[name].rows,
      snapshot.matrices[name].cols,
    ];
    expect(snapshot.m).toBe(400);
    expect(shape('Z1')).toEqual([4, 400]);
    expect(shape('A1')).toEqual([4, 400]);
    expect(shape('A2')).toEqual([1, 400]);
    expect(shape('dZ2')).toEqual([1, 400]);
    expect(shape('dW2')).toEqual([1, 4]);
    expect(shape('db2')).toEqual([1, 1]);
    expect(shape('dZ1')).toEqual([4, 400]);
    expect(shape('dW1')).toEqual([4, 2]);
    expect(shape('db1')).toEqual([4, 1]);
    expect(snapshot.matrices.dW1.first).toHaveLength(8);
  });

  it('matches the gradients the trainer steps with: W := W - alpha dW', () => {
    const session = flowerSession();
    const before = backpropSnapshot(contextOf(session));
    const W1 = Array.from(session.trainer.params.W[0]!.data);
    session.trainer.step(1);
    const after = Array.from(session.trainer.params.W[0]!.data);
    before.matrices.dW1.first.forEach((dW, i) =>
      expect(after[i]).toBeCloseTo(W1[i]! - 1.2 * dW, 6),
    );
    // Small weights: tanh sits in its linear middle, g' = 1 - a^2 close to 1.
    expect(before.meanDerivative).toBeGreaterThan(0.99);
    // db[2] is the mean of dZ[2] = A[2] - Y
    expect(before.matrices.db2.first[0]).toBeCloseTo(before.matrices.dZ2.mean, 6);
  });

  it('needs a session with one hidden layer', () => {
    expect(() => backpropSnapshot(contextOf(null))).toThrow('session');
  });

  it('summarises a matrix by norm, mean and its first entries', () => {
    const s = summarize({ rows: 2, cols: 2, data: Float32Array.from([3, 0, 0, 4]) }, 3);
    expect(s).toEqual({ rows: 2, cols: 2, norm: 5, mean: 1.75, first: [3, 0, 0] });
  });
});
