import {
  A_MAX,
  A_MIN,
  DEFAULT_NUDGE,
  INTUITION_FUNCTIONS,
  NUDGE_MAX,
  NUDGE_MIN,
} from '../../../src/math/difference-quotient.ts';
import type { Schema } from '../../stores/url-settings.ts';

/** Lesson 5's settings, all in the URL: ?f=square&a=2&nudge=0.001 (the notes' first example). */
export const derivativeSchema = {
  f: { kind: 'enum', default: 'square', values: INTUITION_FUNCTIONS },
  a: { kind: 'number', default: 2, min: A_MIN, max: A_MAX },
  nudge: { kind: 'number', default: DEFAULT_NUDGE, min: NUDGE_MIN, max: NUDGE_MAX },
} satisfies Schema;
