/**
 * Where one epoch of mini-batch training goes: the Trainer's step taken apart into its
 * phases (the same engine calls, in the same order, each timed), for a network with one
 * hidden layer and softmax output, cross-entropy. Used by scripts/bench/profile-epoch.ts (Node)
 * and scripts/bench/mnist.worker.ts (Chromium worker).
 *
 * Compare its seconds with the Trainer's epoch in the same run: this is one function with one
 * loop, which V8 compiles with TurboFan (on-stack replacement, small kernels inlined), while the
 * Trainer's step goes through functions called once a step, which stay in Maglev for epochs;
 * a tiny kernel that Maglev inlines into one of those runs several times slower there. That
 * made the Trainer's epoch 1.2 s against this profile's 0.86 s (the finite check took 200 ms
 * against 32 ms) until the finite check and the dW scaling were folded into other loops.
 */
import {
  addBiasAndActivate,
  multiplyByDerivative,
  softmaxInto,
} from '../../src/math/activation-kernels';
import { addColumnInPlace, sumRowsInto } from '../../src/math/broadcast';
import { matmul, matmulTransA, matmulTransB } from '../../src/math/gemm';
import { type Matrix, zeros } from '../../src/math/matrix';
import { createRng } from '../../src/math/rng';
import { outputGradient } from '../../src/nn/backward';
import { computeCost } from '../../src/nn/cost';
import { initializeParameters } from '../../src/nn/initialize';
import { createOptimizer } from '../../src/nn/optimizers';
import type { NetworkConfig } from '../../src/nn/types';
import { BatchGatherer } from '../../src/train/batch-gather';

export interface EpochProfile {
  seconds: number;
  /** seconds per phase, summed over the epoch's steps */
  phases: Record<string, number>;
  /** the same, as fractions of the epoch */
  shares: Record<string, number>;
  steps: number;
}

/** One epoch of a 784-H-10 ReLU + softmax network, Adam, on (X, Y), each phase timed. */
export function profileEpoch(X: Matrix, Y: Matrix, hidden = 128, batchSize = 128): EpochProfile {
  const config: NetworkConfig = {
    layerSizes: [X.rows, hidden, Y.rows],
    hiddenActivation: 'relu',
    outputActivation: 'softmax',
    loss: 'cross-entropy',
  };
  const rng = createRng(1);
  const params = initializeParameters(config, 'he', rng);
  const optimizer = createOptimizer('adam', params, { learningRate: 0.002 });
  const m = X.cols;
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  rng.shuffle(order);
  const gatherer = new BatchGatherer(X, Y);
  const [W1, W2] = params.W as [Matrix, Matrix];
  const [b1, b2] = params.b as [Matrix, Matrix];
  const phases: Record<string, number> = {
    gather: 0,
    products: 0,
    'bias and activations': 0,
    'softmax, cost, dZ': 0,
    'db sums': 0,
    'optimizer and finite check': 0,
  };
  let t = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    phases[phase]! += (now - t) / 1000;
    t = now;
  };
  const start = performance.now();
  let steps = 0;
  // One set of buffers per batch size (the full one and the remainder), as the Trainer keeps.
  const sets = new Map<number, Record<string, Matrix>>();
  const buffersFor = (n: number) => {
    let b = sets.get(n);
    if (!b) {
      b = {
        Xb: zeros(X.rows, n), Yb: zeros(Y.rows, n), Z1: zeros(hidden, n), A1: zeros(hidden, n),
        Z2: zeros(Y.rows, n), A2: zeros(Y.rows, n), dZ2: zeros(Y.rows, n), dZ1: zeros(hidden, n),
        dW1: zeros(hidden, X.rows), dW2: zeros(Y.rows, hidden), db1: zeros(hidden, 1),
        db2: zeros(Y.rows, 1),
      }; // prettier-ignore
      sets.set(n, b);
    }
    return b as Record<'Xb' | 'Yb' | 'Z1' | 'A1' | 'Z2' | 'A2' | 'dZ2' | 'dZ1' | 'dW1' | 'dW2' | 'db1' | 'db2', Matrix>; // prettier-ignore
  };
  for (let s = 0; s < m; s += batchSize) {
    const n = Math.min(batchSize, m - s);
    const { Xb, Yb, Z1, A1, Z2, A2, dZ2, dZ1, dW1, dW2, db1, db2 } = buffersFor(n);
    t = performance.now();
    gatherer.gather(order.subarray(s, s + n), Xb, Yb);
    lap('gather');
    matmul(W1, Xb, Z1);
    lap('products');
    addBiasAndActivate('relu', Z1, b1, A1);
    lap('bias and activations');
    matmul(W2, A1, Z2);
    lap('products');
    addColumnInPlace(Z2, b2);
    softmaxInto(Z2, A2);
    computeCost(config, A2, Yb, Z2);
    outputGradient(config, A2, Yb, dZ2);
    lap('softmax, cost, dZ');
    matmulTransB(dZ2, A1, dW2, 1 / n);
    lap('products');
    sumRowsInto(dZ2, db2, 1 / n);
    lap('db sums');
    matmulTransA(W2, dZ2, dZ1);
    lap('products');
    multiplyByDerivative('relu', A1.data, Z1.data, dZ1.data);
    lap('bias and activations');
    matmulTransB(dZ1, Xb, dW1, 1 / n);
    lap('products');
    sumRowsInto(dZ1, db1, 1 / n);
    lap('db sums');
    // The optimizer's loop also checks that every parameter is finite (see optimizers.ts).
    if (!optimizer.update(params, { dW: [dW1, dW2], db: [db1, db2] })) {
      throw new Error(`the parameters became NaN or infinite at step ${steps + 1}`);
    }
    lap('optimizer and finite check');
    steps++;
  }
  const seconds = (performance.now() - start) / 1000;
  const shares: Record<string, number> = {};
  for (const [phase, s] of Object.entries(phases)) shares[phase] = Number((s / seconds).toFixed(3));
  for (const phase of Object.keys(phases)) phases[phase] = Number(phases[phase]!.toFixed(4));
  return { seconds: Number(seconds.toFixed(3)), phases, shares, steps };
}
