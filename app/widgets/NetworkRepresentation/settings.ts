import type { Schema } from '../../stores/url-settings.ts';
import { TWO_LAYER_LIMITS } from '../../engine/index.ts';

/** Examples drawn for lesson 11; the student looks at one of them, x = x^(ex). */
export const EXAMPLES = 4;
export const SEED = 11;

/** Lesson 11's URL: ?nx=3&n1=4&ex=1 (the notes' example is the default). */
export const representationSchema = {
  nx: { kind: 'number', default: 3, min: 1, max: TWO_LAYER_LIMITS.nx, integer: true },
  n1: { kind: 'number', default: 4, min: 1, max: TWO_LAYER_LIMITS.hidden, integer: true },
  ex: { kind: 'number', default: 1, min: 1, max: EXAMPLES, integer: true },
} satisfies Schema;
