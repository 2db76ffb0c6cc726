import { describe, expect, it } from 'vitest';
import { mnistTask } from '../data/mnist';
import { loadMnistNode } from '../data/mnist-node';
import { Trainer } from './trainer';

/**
 * Logistic regression on MNIST "0 vs rest" (first 2000 training images) from zeros: the engine
 * (float32, GEMM kernels) against the notes' vectorised equations written here as plain float64
 * loops: Z = w^T X + b, A = sigma(Z), J = -(1/m) sum(y log a + (1-y) log(1-a)),
 * dw = (1/m) X (A - Y)^T, db = (1/m) sum(A - Y).
 */
describe('MNIST 0 vs rest, logistic regression, step by step', () => {
  it('matches independent float64 loops for 5 steps', () => {
    const { images, labels } = loadMnistNode('train');
    const data = mnistTask(images, labels, { kind: 'one-vs-rest', digit: 0 }, 2000);
    const { X, Y } = data;
    const nx = X.rows;
    const m = X.cols;
    expect([nx, m]).toEqual([784, 2000]);
    const alpha = 0.5;
    const trainer = new Trainer(
      {
        config: {
          layerSizes: [784, 1],
          hiddenActivation: 'tanh',
          outputActivation: 'sigmoid',
          loss: 'cross-entropy',
        },
        init: 'zeros',
        optimizer: 'gd',
        learningRate: alpha,
        seed: 1,
      },
      { X, Y },
    );
    const w = new Float64Array(nx);
    let b = 0;
    for (let step = 0; step < 5; step++) {
      const A = new Float64Array(m);
      let J = 0;
      for (let i = 0; i < m; i++) {
        let z = b;
        for (let j = 0; j < nx; j++) z += w[j]! * X.data[j * m + i]!;
        A[i] = 1 / (1 + Math.exp(-z));
        const y = Y.data[i]!;
        J -= y * Math.log(A[i]!) + (1 - y) * Math.log(1 - A[i]!);
      }
      J /= m;
      const dw = new Float64Array(nx);
      let db = 0;
      for (let i = 0; i < m; i++) {
        const dz = A[i]! - Y.data[i]!;
        for (let j = 0; j < nx; j++) dw[j] = dw[j]! + X.data[j * m + i]! * dz;
        db += dz;
      }
      const engine = trainer.step(1);
      expect(engine.cost).toBeCloseTo(J, 5);
      for (let j = 0; j < nx; j++) w[j] = w[j]! - (alpha * dw[j]!) / m;
      b -= (alpha * db) / m;
      const W = trainer.params.W[0]!.data;
      let worst = 0;
      for (let j = 0; j < nx; j++) worst = Math.max(worst, Math.abs(W[j]! - w[j]!));
      expect(worst).toBeLessThan(1e-5);
      expect(trainer.params.b[0]!.data[0]).toBeCloseTo(b, 5);
    }
    expect(trainer.evaluate(X, Y).accuracy).toBeGreaterThan(0.9);
  });
});
