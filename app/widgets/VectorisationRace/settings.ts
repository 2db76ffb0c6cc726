import type { Schema } from '../../stores/url-settings.ts';
import { M_ENDS, M_STARTS } from './race-view.ts';

/** Lesson 9's race settings, all in the URL: n_x, the range of m, repetitions and the data seed. */
export const raceSchema = {
  nx: { kind: 'number', default: 784, min: 1, max: 4096, integer: true },
  mfrom: { kind: 'enum', default: '100', values: M_STARTS },
  mto: { kind: 'enum', default: '10000', values: M_ENDS },
  reps: { kind: 'number', default: 5, min: 1, max: 15, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} satisfies Schema;
