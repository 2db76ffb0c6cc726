import { NOTES_ABC } from '../../../src/nn/scalar-graph-examples.ts';
import type { Schema } from '../../stores/url-settings.ts';

/** Lesson 6's inputs, in the URL: ?a=5&b=3&c=2 are the notes' values (and the defaults). */
export const INPUT_LIMIT = 100;
export const abcSchema = {
  a: { kind: 'number', default: NOTES_ABC.a, min: -INPUT_LIMIT, max: INPUT_LIMIT },
  b: { kind: 'number', default: NOTES_ABC.b, min: -INPUT_LIMIT, max: INPUT_LIMIT },
  c: { kind: 'number', default: NOTES_ABC.c, min: -INPUT_LIMIT, max: INPUT_LIMIT },
} satisfies Schema;
