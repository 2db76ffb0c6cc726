/**
 * The kernel benchmarks, run in a Web Worker (where the app trains) by kernels.html; the
 * results go back to the page as one message. Every speed is a median over several runs and is
 * given beside a reference (the readable version of the same computation) timed in the same
 * run, interleaved with it, so that a busy machine slows both alike.
 */
import { matmul, matmulTransA, matmulTransB } from '../../src/math/gemm.ts';
import { matmulReference } from '../../src/math/gemm-reference.ts';
import { setMicroKernelRows } from '../../src/math/gemm-wasm.ts';
import {
  preferFusedKernels,
  useWasmKernels,
  wasmKernels,
  wasmSimdSupported,
} from '../../src/math/wasm/kernels.ts';
import { logisticGradientInto } from '../../src/math/fused-logistic.ts';
import { type Matrix, zeros } from '../../src/math/matrix.ts';
import { createRng } from '../../src/math/rng.ts';
import { forward } from '../../src/nn/forward.ts';
import { initializeParameters } from '../../src/nn/initialize.ts';
import { vectorisedGradientStep } from '../../src/nn/logistic-regression.ts';
import type { NetworkConfig } from '../../src/nn/types.ts';
import { GridEvaluator } from '../../src/train/decision-grid.ts';
import { Trainer } from '../../src/train/trainer.ts';

/** The worker global, typed here because scripts/ compile without the WebWorker library. */
const scope = globalThis as unknown as { postMessage(message: unknown): void };

const rng = createRng(2024);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(x: number, digits = 3): number {
  return Number(x.toPrecision(digits));
}

function randomMatrix(rows: number, cols: number, scale = 1): Matrix {
  const M = zeros(rows, cols);
  for (let i = 0; i < M.data.length; i++) M.data[i] = (rng.next() - 0.5) * scale;
  return M;
}

/** Milliseconds per call of each function, `runs` times, the functions taking turns. */
function timeInterleaved(fns: (() => void)[], runs: number, callsPerRun = 1): number[][] {
  const times = fns.map(() => [] as number[]);
  for (const fn of fns) fn(); // warm up: compile the optimised code before timing
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, f) => {
      const t0 = performance.now();
      for (let c = 0; c < callsPerRun; c++) fn();
      times[f]!.push((performance.now() - t0) / callsPerRun);
    });
  }
  return times;
}

/** GFLOP/s of the SIMD peak micro-benchmark (wasm/assembly/gemm.ts simdPeak), one sample. */
function simdPeakGflops(): number {
  const kernels = wasmKernels()!;
  const iterations = 200_000;
  const t0 = performance.now();
  kernels.exports.simdPeak(iterations, 0);
  return (iterations * 96) / (performance.now() - t0) / 1e6;
}

function gemm() {
  const [M, K, N] = [128, 784, 256];
  const flops = 2 * M * K * N;
  const gflops = (ms: number) => round(flops / ms / 1e6);
  const A = randomMatrix(M, K);
  const B = randomMatrix(K, N);
  const C = zeros(M, N);
  const At = randomMatrix(K, M);
  const Bt = randomMatrix(N, K);
  const simd = wasmSimdSupported();
  const withTs = (fn: () => void) => () => {
    useWasmKernels(false);
    fn();
    useWasmKernels(true);
  };
  // The other micro-kernel shape than the default of the loaded module.
  const otherRows = simd && wasmKernels()!.variant === 'fused' ? 4 : 6;
  const withOther = (fn: () => void) => () => {
    setMicroKernelRows(otherRows);
    fn();
    setMicroKernelRows(null);
  };
  const peakSamples: number[] = [];
  const peak = () => {
    if (simd) peakSamples.push(simdPeakGflops());
  };
  // Warm every kernel (compile the optimised code), then time them in turn, with the SIMD peak
  // sampled between them so that a busy machine slows all alike.
  for (let i = 0; i < 20; i++) matmul(A, B, C);
  const [wasm, other, ts, naive, transA, transB] = timeInterleaved(
    [
      () => matmul(A, B, C),
      withOther(() => matmul(A, B, C)),
      withTs(() => matmul(A, B, C)),
      () => matmulReference(A, B, C),
      () => matmulTransA(At, B, C),
      () => matmulTransB(A, Bt, C),
      peak,
    ],
    15,
  );
  const variant = simd ? wasmKernels()!.variant : null;
  // The plain module (f32x4 mul then add) where the fused one ran above: product and peak again.
  const plainPeakSamples: number[] = [];
  let plain: number[] = [];
  if (variant === 'fused') {
    preferFusedKernels(false);
    for (let i = 0; i < 20; i++) matmul(A, B, C);
    [plain = []] = timeInterleaved(
      [() => matmul(A, B, C), () => plainPeakSamples.push(simdPeakGflops())],
      15,
    );
    preferFusedKernels(true);
  }
  const wasmMs = median(wasm!);
  const peakGflops = simd ? median(peakSamples) : null;
  return {
    gemm: {
      what: 'C = A B, float32: the WebAssembly SIMD kernel (src/math/wasm/assembly/gemm.ts, 6x8 micro-tiles with fused multiply-adds or 4x8 without, float32 sums, including the copies into and out of its memory; `variant` says whether its multiply-adds are fused) against the TypeScript packed 3x4 kernel (src/math/gemm.ts, float64 sums) and the naive triple loop (matmulReference), same run',
      shape: '128x784 * 784x256',
      simdSupported: simd,
      variant,
      gflops: gflops(wasmMs),
      bestGflops: gflops(Math.min(...wasm!)),
      microKernelRows: otherRows === 4 ? 6 : 4,
      otherMicroKernel: { rows: otherRows, gflops: gflops(median(other!)) },
      typescriptGflops: gflops(median(ts!)),
      naiveGflops: gflops(median(naive!)),
      ratioToTypescript: round(median(ts!) / wasmMs),
      ratioToNaive: round(median(naive!) / wasmMs),
      simdPeakGflops: peakGflops === null ? null : round(peakGflops),
      fractionOfSimdPeak: peakGflops === null ? null : round(gflops(wasmMs) / peakGflops),
      plainModule:
        variant === 'fused'
          ? {
              what: 'the same product and peak with the plain module (f32x4.mul then f32x4.add, for engines without relaxed SIMD)',
              gflops: gflops(median(plain)),
              simdPeakGflops: round(median(plainPeakSamples)),
              fractionOfSimdPeak: round(gflops(median(plain)) / median(plainPeakSamples)),
            }
          : null,
      runs: wasm!.length,
      target: 'gflops >= 60',
    },
    transposedForms: {
      what: 'the same product through strides, as backward() uses them: A^T B with A (784, 128) and A B^T with B (256, 784)',
      matmulGflops: gflops(wasmMs),
      matmulTransAGflops: gflops(median(transA!)),
      matmulTransBGflops: gflops(median(transB!)),
      runs: transA!.length,
    },
    simdPeak: {
      what: '12 f32x4 multiply-add chains c_i = c_i + c_(i+1) m in registers (wasm/assembly/gemm.ts simdPeak; fused multiply-adds in the fused module): the one-core ceiling of 128-bit multiply-adds, sampled between the products above',
      gflops: peakGflops === null ? null : round(peakGflops),
      bestGflops: simd ? round(Math.max(...peakSamples)) : null,
      runs: peakSamples.length,
    },
  };
}

function mnistLogisticStep() {
  const [nx, m] = [784, 60000];
  // MNIST-shaped: 784 x 60,000 pixels in [0, 1] (188 MB of float32), labels 0/1.
  const X = zeros(nx, m);
  for (let i = 0; i < X.data.length; i++) X.data[i] = Math.floor(rng.next() * 256) / 255;
  const Y = zeros(1, m);
  for (let j = 0; j < m; j++) Y.data[j] = rng.int(2);
  const w = new Float32Array(nx);
  for (let i = 0; i < nx; i++) w[i] = (rng.next() - 0.5) * 0.01;
  const dw = new Float32Array(nx);
  const z = new Float64Array(m);
  const config: NetworkConfig = {
    layerSizes: [nx, 1],
    hiddenActivation: 'tanh',
    outputActivation: 'sigmoid',
    loss: 'cross-entropy',
  };
  const trainer = new Trainer(
    { config, init: 'zeros', optimizer: 'gd', learningRate: 0.5, seed: 1 },
    { X, Y },
  );
  const [fused, reference, trainerStep] = timeInterleaved(
    [
      () => logisticGradientInto(w, 0.1, X, Y, dw, z),
      () => vectorisedGradientStep(w, 0.1, X, Y, 0.5),
      () => trainer.step(1),
    ],
    7,
  );
  const seconds = median(fused!) / 1000;
  const referenceSeconds = median(reference!) / 1000;
  return {
    what: "one full-batch logistic-regression gradient (Z, J, dZ, dw, db) on 784 x 60,000 MNIST-shaped float32 pixels: the fused kernel (src/math/fused-logistic.ts) against the notes' vectorised lines (vectorisedGradientStep: matmul, sigmoid, matmulTransB), and the Trainer step that uses the fused kernel",
    seconds: round(seconds),
    referenceSeconds: round(referenceSeconds),
    ratio: round(referenceSeconds / seconds),
    trainerStepSeconds: round(median(trainerStep!) / 1000),
    runs: fused!.length,
    target: 'seconds < 0.05',
  };
}

function decisionGrid() {
  const config: NetworkConfig = {
    layerSizes: [2, 16, 1],
    hiddenActivation: 'tanh',
    outputActivation: 'sigmoid',
    loss: 'cross-entropy',
  };
  const params = initializeParameters(config, 'xavier', createRng(1));
  const bounds = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 };
  const R = 100;
  const evaluator = new GridEvaluator();
  const out = new Float32Array(R * R);
  // The reference: every pixel centre as a column of X (built once), through forward().
  const X = zeros(2, R * R);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < R; c++) {
      X.data[r * R + c] = bounds.xMin + ((c + 0.5) / R) * (bounds.xMax - bounds.xMin);
      X.data[R * R + r * R + c] = bounds.yMax - ((r + 0.5) / R) * (bounds.yMax - bounds.yMin);
    }
  }
  let cache = forward(config, params, X);
  for (let i = 0; i < 50; i++) evaluator.evaluate(config, params, bounds, R, out);
  const [fast, reference] = timeInterleaved(
    [
      () => evaluator.evaluate(config, params, bounds, R, out),
      () => (cache = forward(config, params, X, cache)),
    ],
    25,
    10,
  );
  const ms = median(fast!);
  const referenceMs = median(reference!);
  return {
    what: 'P(y = 1) on a 100x100 grid for a 2-16-1 tanh network: GridEvaluator (row by row, no allocation, tanhApprox) against forward() on the 2 x 10,000 grid (Math.tanh), each sample the mean of 10 grids',
    ms: round(ms),
    referenceMs: round(referenceMs),
    ratio: round(referenceMs / ms),
    runs: fast!.length,
    target: 'ms < 2',
  };
}

try {
  const results = {
    ...gemm(),
    mnistLogisticStep: mnistLogisticStep(),
    decisionGrid: decisionGrid(),
  };
  scope.postMessage({ ok: true, results });
} catch (error) {
  scope.postMessage({ ok: false, error: String(error instanceof Error ? error.stack : error) });
}
