import type { Schema } from '../../stores/url-settings.ts';
import { NONLINEAR_DATASETS } from '../ComparedRuns/DataFields.tsx';

/** Lesson 14's settings, all in the URL. */
export const nonlinearitySchema = {
  dataset: { kind: 'enum', default: 'flower', values: NONLINEAR_DATASETS },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  hidden: { kind: 'number', default: 4, min: 1, max: 50, integer: true },
  lr: { kind: 'number', default: 1.2, min: 1e-6, max: 1e6 },
} satisfies Schema;

export const SESSIONS = { linear: 'lesson-14-linear', tanh: 'lesson-14-tanh' } as const;
export const TRAIN_ITERATIONS = 3000;
