import type { MnistTask } from '../../../src/data/mnist.ts';
import type { Schema } from '../../stores/url-settings.ts';

/** Lesson 10's settings, all in the URL: the task and the learning rate. */
export const mnistLabSchema = {
  /** 'rest': digit d against all others; 'pair': d1 against d2 only. */
  task: { kind: 'enum', default: 'rest', values: ['rest', 'pair'] },
  d: { kind: 'number', default: 0, min: 0, max: 9, integer: true },
  d1: { kind: 'number', default: 3, min: 0, max: 9, integer: true },
  d2: { kind: 'number', default: 5, min: 0, max: 9, integer: true },
  lr: { kind: 'number', default: 1, min: 1e-6, max: 1e6 },
} satisfies Schema;

/** One press of Train runs this many full-batch gradient-descent iterations. */
export const TRAIN_ITERATIONS = 300;
/** Misclassified test digits shown (the most confidently wrong first). */
export const MISTAKES_SHOWN = 24;

export type BinaryTask = Exclude<MnistTask, { kind: 'all' }>;

/** The engine's task for the settings, or null when a pair names one digit twice. */
export function taskOf(settings: {
  task: string;
  d: number;
  d1: number;
  d2: number;
}): BinaryTask | null {
  if (settings.task === 'pair') {
    return settings.d1 === settings.d2
      ? null
      : { kind: 'pair', digits: [settings.d1, settings.d2] };
  }
  return { kind: 'one-vs-rest', digit: settings.d };
}
