import type { Schema } from '../../stores/url-settings.ts';
import { MAX_LEARNING_RATE } from '../TrainingControls/parse-learning-rate.ts';

/** Lesson 4's settings, all in the URL: alpha, the start point and the number of steps. */
export const descentSchema = {
  lr: { kind: 'number', default: 20, min: 1e-6, max: MAX_LEARNING_RATE },
  sw: { kind: 'number', default: 0, min: -100, max: 100 },
  sb: { kind: 'number', default: 0, min: -100, max: 100 },
  steps: { kind: 'number', default: 50, min: 1, max: 500, integer: true },
} satisfies Schema;

/** Grid nodes per side of the cost surface (64 x 64 values of J, each over every image). */
export const RESOLUTION = 64;
/** Run reveals one step of the path every so often: slow enough to follow with the eye. */
export const RUN_INTERVAL_MS = 160;
