import type { Schema } from '../../stores/url-settings.ts';
import { NONLINEAR_DATASETS } from '../ComparedRuns/DataFields.tsx';

/** Lesson 16's settings, all in the URL: the data, the network, α and both random scales. */
export const initialisationSchema = {
  dataset: { kind: 'enum', default: 'flower', values: NONLINEAR_DATASETS },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  hidden: { kind: 'number', default: 4, min: 1, max: 10, integer: true },
  lr: { kind: 'number', default: 1.2, min: 1e-6, max: 1e6 },
  small: { kind: 'number', default: 0.01, min: 1e-4, max: 1 },
  large: { kind: 'number', default: 10, min: 1, max: 100 },
} satisfies Schema;

export const RUNS = ['zeros', 'small', 'large'] as const;
export type RunName = (typeof RUNS)[number];
export const SESSIONS: Record<RunName, string> = {
  zeros: 'lesson-16-zeros',
  small: 'lesson-16-small',
  large: 'lesson-16-large',
};
export const TRAIN_ITERATIONS = 3000;
