/**
 * Two-dimensional toy data sets, generated from a seed: X (2, m) one point per column,
 * Y (1, m) of 0/1 labels (blobs with `classes` > 2 gives one-hot Y (K, m)), and the labels.
 * Classes are generated one after the other (class 0's points first), like the notes' code.
 */
import { type Matrix, zeros } from '../math/matrix';
import { type Rng, createRng } from '../math/rng';
import { labelsToY } from './labels';

export type ToyDatasetName = 'flower' | 'moons' | 'circles' | 'xor' | 'spiral' | 'blobs';
export const TOY_DATASET_NAMES: readonly ToyDatasetName[] = [
  'flower',
  'moons',
  'circles',
  'xor',
  'spiral',
  'blobs',
];

export interface ToyOptions {
  /** number of examples; 400 for the flower */
  m: number;
  seed: number;
  /** standard deviation of the gaussian noise; each set has its own default */
  noise?: number;
  /** blobs only: number of classes, 2 by default */
  classes?: number;
}

export interface ToyDataset {
  X: Matrix;
  Y: Matrix;
  labels: Uint8Array;
}

export const DEFAULT_NOISE: Readonly<Record<ToyDatasetName, number>> = {
  flower: 0.2,
  moons: 0.1,
  circles: 0.05,
  xor: 0.1,
  spiral: 0.1,
  blobs: 0.5,
};

export const MAX_TOY_EXAMPLES = 1_000_000;

/** linspace(a, b, N)[i], numpy's evenly spaced points including both ends. */
function linspace(a: number, b: number, N: number, i: number): number {
  return N === 1 ? a : a + ((b - a) * i) / (N - 1);
}

/** Class sizes: m split as evenly as possible, earlier classes taking the remainder. */
function classSizes(m: number, classes: number): number[] {
  return Array.from(
    { length: classes },
    (_, k) => Math.floor(m / classes) + (k < m % classes ? 1 : 0),
  );
}

type Generator = (rng: Rng, N: number, j: number, noise: number, K: number) => [number[], number[]];

/**
 * The course's planar "flower": for class j, N = m/2 points
 *   t = linspace(3.12 j, 3.12 (j + 1), N) + noise * randn(N)     (angle)
 *   r = 4 sin(4 t) + noise * randn(N)                             (radius)
 *   x = (r sin t, r cos t)
 */
const flower: Generator = (rng, N, j, noise) => {
  const t = Array.from(
    { length: N },
    (_, i) => linspace(3.12 * j, 3.12 * (j + 1), N, i) + noise * rng.normal(),
  );
  const r = t.map((ti) => 4 * Math.sin(4 * ti) + noise * rng.normal());
  return [r.map((ri, i) => ri * Math.sin(t[i]!)), r.map((ri, i) => ri * Math.cos(t[i]!))];
};

/** Two interleaved half circles: class 0 (cos t, sin t), class 1 (1 - cos t, 0.5 - sin t). */
const moons: Generator = (rng, N, j, noise) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = linspace(0, Math.PI, N, i);
    x.push((j === 0 ? Math.cos(t) : 1 - Math.cos(t)) + noise * rng.normal());
    y.push((j === 0 ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * rng.normal());
  }
  return [x, y];
};

/** Two concentric circles: class 0 of radius 1 outside, class 1 of radius 0.5 inside. */
const circles: Generator = (rng, N, j, noise) => {
  const radius = j === 0 ? 1 : 0.5;
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = (2 * Math.PI * i) / N;
    x.push(radius * Math.cos(t) + noise * rng.normal());
    y.push(radius * Math.sin(t) + noise * rng.normal());
  }
  return [x, y];
};

/** XOR: uniform points in two opposite quadrants each; class 1 where x1 and x2 differ in sign. */
const xor: Generator = (rng, N, j, noise) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    // Uniform in [0.1, 1], signs chosen so that class 0 has x1 x2 > 0 and class 1 x1 x2 < 0.
    const u = 0.1 + 0.9 * rng.next();
    const v = 0.1 + 0.9 * rng.next();
    const flip = rng.next() < 0.5 ? -1 : 1;
    x.push(flip * u + noise * rng.normal());
    y.push((j === 0 ? flip : -flip) * v + noise * rng.normal());
  }
  return [x, y];
};

/** Two spirals turning 1.75 times, the second rotated by pi. */
const spiral: Generator = (rng, N, j, noise) => {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    const r = (i / N) * 5;
    const t = 1.75 * (i / N) * 2 * Math.PI + j * Math.PI;
    x.push(r * Math.sin(t) + noise * rng.normal());
    y.push(r * Math.cos(t) + noise * rng.normal());
  }
  return [x, y];
};

/** Gaussian blobs of standard deviation `noise`, centres evenly spaced on a circle of radius 2. */
const blobs: Generator = (rng, N, j, noise, K) => {
  const angle = (2 * Math.PI * j) / K;
  const cx = 2 * Math.cos(angle);
  const cy = 2 * Math.sin(angle);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    x.push(cx + noise * rng.normal());
    y.push(cy + noise * rng.normal());
  }
  return [x, y];
};

const GENERATORS: Record<ToyDatasetName, Generator> = {
  flower,
  moons,
  circles,
  xor,
  spiral,
  blobs,
};

/** Generates a data set. Allocates. The same name, options and seed give the same numbers. */
export function makeToyDataset(name: ToyDatasetName, options: ToyOptions): ToyDataset {
  const generate = GENERATORS[name];
  if (generate === undefined) {
    throw new Error(`unknown data set '${String(name)}': use ${TOY_DATASET_NAMES.join(', ')}`);
  }
  const { m, seed } = options;
  const K = name === 'blobs' ? (options.classes ?? 2) : 2;
  if (!Number.isInteger(K) || K < 2 || K > 10) {
    throw new Error(`blobs needs 2 to 10 classes, got ${K}`);
  }
  if (!Number.isInteger(m) || m < K || m > MAX_TOY_EXAMPLES) {
    throw new Error(`m must be a whole number from ${K} to ${MAX_TOY_EXAMPLES}, got ${m}`);
  }
  const noise = options.noise ?? DEFAULT_NOISE[name];
  if (!Number.isFinite(noise) || noise < 0) {
    throw new Error(`noise must be a non-negative number, got ${noise}`);
  }
  const rng = createRng(seed);
  const X = zeros(2, m);
  const labels = new Uint8Array(m);
  let at = 0;
  classSizes(m, K).forEach((N, j) => {
    const [x1, x2] = generate(rng, N, j, noise, K);
    for (let i = 0; i < N; i++) {
      X.data[at] = x1[i]!;
      X.data[m + at] = x2[i]!;
      labels[at] = j;
      at++;
    }
  });
  return { X, Y: labelsToY(labels, K), labels };
}
