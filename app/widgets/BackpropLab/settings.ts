import type { Schema } from '../../stores/url-settings.ts';
import { NONLINEAR_DATASETS } from '../ComparedRuns/DataFields.tsx';

/** The nudges the gradient check offers: from far too coarse to far too fine. */
export const EPSILONS = ['1e-3', '1e-5', '1e-7', '1e-9'] as const;

/** Lesson 15's settings, all in the URL. */
export const backpropSchema = {
  dataset: { kind: 'enum', default: 'flower', values: NONLINEAR_DATASETS },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  hidden: { kind: 'number', default: 4, min: 1, max: 8, integer: true },
  lr: { kind: 'number', default: 1.2, min: 1e-6, max: 1e6 },
  eps: { kind: 'enum', default: '1e-5', values: EPSILONS },
} satisfies Schema;

export const SESSION = 'lesson-15-backprop';
export const TRAIN_ITERATIONS = 5000;
/** How often the annotated equations refresh while training (KaTeX stays static; numbers change). */
export const SNAPSHOT_INTERVAL_MS = 250;
