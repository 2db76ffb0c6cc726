/**
 * Lesson 9's race: one gradient-descent step of logistic regression written with for-loops
 * (loopGradientStep, lesson 8) against the same step vectorised (vectorisedGradientStep), timed
 * in the worker for each m asked for, on synthetic data shaped like MNIST (pixels in [0, 1)).
 *
 * Each timing is the median of `repetitions` timed batches, after untimed warm-up runs of each (so
 * the JIT has compiled both before the clock starts); a batch repeats a fast step until it lasts
 * a few milliseconds, and reports the time per step. The two are timed alternately, so a slow
 * moment of the machine hurts both. Every row also says how far apart the two answers are: the race is
 * only fair if they compute the same gradients.
 */
import { RACE_LIMITS } from '../../computation-limits.ts';
import { type Matrix, zeros } from '../../math/matrix.ts';
import { createRng } from '../../math/rng.ts';
import { vectorisedGradientStep } from '../../nn/logistic-regression.ts';
import { type GradientStepResult, loopGradientStep } from '../../nn/loop-logistic-regression.ts';
import type { ComputeContext } from './context.ts';

export interface VectorisationRaceInput {
  /** features per example, e.g. 784 for MNIST */
  nx: number;
  /** the numbers of examples to race at */
  ms: number[];
  /** timed runs of each implementation per m (the median is reported) */
  repetitions: number;
  /** seed of the synthetic X, Y and w */
  seed: number;
}

export interface RaceRow {
  m: number;
  /** median milliseconds of one loopGradientStep / vectorisedGradientStep */
  loopMs: number;
  vectorisedMs: number;
  /** loopMs / vectorisedMs */
  speedUp: number;
  /** every timed batch, in milliseconds per step */
  loopRunsMs: number[];
  vectorisedRunsMs: number[];
  /** max |loop - vectorised| over dw, and |loop - vectorised| for db and J */
  maxAbsDifference: { dw: number; db: number; cost: number };
}

export interface VectorisationRaceOutput {
  nx: number;
  repetitions: number;
  rows: RaceRow[];
}

export { RACE_LIMITS };

const LEARNING_RATE = 0.1;

function checkInput({ nx, ms, repetitions }: VectorisationRaceInput): void {
  const whole = (name: string, v: number, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max)
      throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${v}`);
  };
  whole('n_x', nx, RACE_LIMITS.nx.min, RACE_LIMITS.nx.max);
  whole('repetitions', repetitions, RACE_LIMITS.repetitions.min, RACE_LIMITS.repetitions.max);
  if (ms.length === 0) throw new Error('give at least one m to race at');
  for (const m of ms) {
    whole('m', m, RACE_LIMITS.m.min, RACE_LIMITS.m.max);
    if (nx * m > RACE_LIMITS.maxEntries)
      throw new Error(
        `X would be (${nx}, ${m}), ${nx * m} numbers: keep n_x m at most ${RACE_LIMITS.maxEntries}`,
      );
  }
}

/** X (n_x, m) uniform in [0, 1), Y (1, m) of 0/1, w (n_x) of 0.01 N(0, 1): allocates them. */
export function syntheticData(nx: number, m: number, seed: number) {
  const rng = createRng(seed);
  const X = zeros(nx, m);
  for (let k = 0; k < X.data.length; k++) X.data[k] = rng.next();
  const Y = zeros(1, m);
  for (let i = 0; i < m; i++) Y.data[i] = rng.int(2);
  const w = new Float32Array(nx);
  for (let j = 0; j < nx; j++) w[j] = 0.01 * rng.normal();
  return { X, Y, w, b: 0 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function difference(p: GradientStepResult, q: GradientStepResult) {
  let dw = 0;
  for (let j = 0; j < p.dw.length; j++) dw = Math.max(dw, Math.abs(p.dw[j]! - q.dw[j]!));
  return { dw, db: Math.abs(p.db - q.db), cost: Math.abs(p.cost - q.cost) };
}

type Step = typeof loopGradientStep;

/**
 * Browsers coarsen performance.now() (to 0.1 ms without cross-origin isolation), so a step that
 * takes microseconds is timed as a batch of `count` calls lasting at least this long.
 */
export const MIN_BATCH_MS = 5;
const MAX_BATCH = 1 << 16;

function timeBatch(step: Step, count: number, w: Float32Array, b: number, X: Matrix, Y: Matrix) {
  const start = performance.now();
  for (let k = 0; k < count; k++) step(w, b, X, Y, LEARNING_RATE);
  return performance.now() - start;
}

/**
 * Calls per timed batch: doubled until a batch lasts MIN_BATCH_MS twice running (1 for large m).
 * Asking twice keeps one slow first call (a compile, a collection) from fixing the batch at 1.
 */
function batchSize(step: Step, w: Float32Array, b: number, X: Matrix, Y: Matrix): number {
  let count = 1;
  while (count < MAX_BATCH) {
    if (
      timeBatch(step, count, w, b, X, Y) >= MIN_BATCH_MS &&
      timeBatch(step, count, w, b, X, Y) >= MIN_BATCH_MS / 2
    )
      break;
    count *= 2;
  }
  return count;
}

/** Races the two at one m. */
export function raceAt(nx: number, m: number, repetitions: number, seed: number): RaceRow {
  const { X, Y, w, b } = syntheticData(nx, m, seed);
  // The warm-up runs are also the answers compared.
  const loop = loopGradientStep(w, b, X, Y, LEARNING_RATE);
  const vectorised = vectorisedGradientStep(w, b, X, Y, LEARNING_RATE);
  const loopBatch = batchSize(loopGradientStep, w, b, X, Y);
  const vectorisedBatch = batchSize(vectorisedGradientStep, w, b, X, Y);
  const loopRunsMs: number[] = [];
  const vectorisedRunsMs: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    loopRunsMs.push(timeBatch(loopGradientStep, loopBatch, w, b, X, Y) / loopBatch);
    vectorisedRunsMs.push(
      timeBatch(vectorisedGradientStep, vectorisedBatch, w, b, X, Y) / vectorisedBatch,
    );
  }
  const loopMs = median(loopRunsMs);
  const vectorisedMs = median(vectorisedRunsMs);
  return {
    m,
    loopMs,
    vectorisedMs,
    // A run faster than the clock's resolution reads 0 ms: no ratio can be measured then.
    speedUp: vectorisedMs > 0 ? loopMs / vectorisedMs : Number.NaN,
    loopRunsMs,
    vectorisedRunsMs,
    maxAbsDifference: difference(loop, vectorised),
  };
}

export function vectorisationRace(
  _context: ComputeContext,
  input: VectorisationRaceInput,
): VectorisationRaceOutput {
  checkInput(input);
  const { nx, ms, repetitions, seed } = input;
  return { nx, repetitions, rows: ms.map((m) => raceAt(nx, m, repetitions, seed)) };
}
