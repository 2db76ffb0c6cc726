/**
 * Lesson 17's settings and the sweep it runs: logistic regression and one-hidden-layer tanh
 * networks of 1, 2, 3, 4, 5, 20 and 50 units on the course's flower (m = 400), each trained by
 * full-batch gradient descent from W = randn x 0.01, b = 0.
 */
import type { DataSource, SessionSetup } from '../../engine/index.ts';
import { networkSetup, TOY_M } from '../ComparedRuns/network-setup.ts';
import type { Schema } from '../../stores/url-settings.ts';

export const sweepSchema = {
  /** Gradient-descent steps per model; the course trains for 10,000. */
  iterations: { kind: 'number', default: 10000, min: 10, max: 20000, integer: true },
  /** alpha; the course uses 1.2. */
  lr: { kind: 'number', default: 1.2, min: 1e-4, max: 100 },
  /** Seeds the flower's points and the initial weights. Seed 10 draws a flower close to the course's. */
  seed: { kind: 'number', default: 10, min: 0, max: 99999, integer: true },
} satisfies Schema;

/** Number of examples in the course's flower: 200 per class. */
export const FLOWER_M = TOY_M;
export const GRID_RESOLUTION = 60;
/** The accuracy the predict-then-check question asks about. */
export const TARGET_ACCURACY = 0.9;

/** null is logistic regression (no hidden layer); a number is n[1], the hidden layer's size. */
export type Model = number | null;
export const MODELS: readonly Model[] = [null, 1, 2, 3, 4, 5, 20, 50];

/**
 * The course's reported training accuracies (percent) on its own draw of the flower, shown
 * beside ours for comparison: logistic regression about 47%, then the hidden-size sweep.
 */
export const COURSE_ACCURACY: ReadonlyMap<Model, number> = new Map<Model, number>([
  [null, 47],
  [1, 67.5],
  [2, 67.25],
  [3, 90.75],
  [4, 90.5],
  [5, 91.25],
  [20, 90],
  [50, 90.75],
]);

export function sessionIdOf(model: Model): string {
  return model === null ? 'lesson-17-logistic' : `lesson-17-h${model}`;
}

/**
 * The worker session for one model: [2, 1] sigmoid, or [2, n1, 1] with tanh hidden units,
 * on the course's flower or on the student's own points (`data`).
 */
export function setupOf(
  model: Model,
  settings: { lr: number; seed: number; data?: DataSource },
  bounds?: SessionSetup['grid'],
): SessionSetup {
  const data = settings.data ?? { kind: 'toy', name: 'flower', m: FLOWER_M, seed: settings.seed };
  return {
    ...networkSetup({ data, hidden: model, learningRate: settings.lr, seed: settings.seed }),
    grid: bounds,
  };
}
