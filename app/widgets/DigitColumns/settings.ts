import type { Schema } from '../../stores/url-settings.ts';

/** How many training images the student chooses from at a time. */
export const CANDIDATES = 16;
export const TRAIN_IMAGES = 60_000;

/** Lesson 1's MNIST settings, all in the URL. */
export const columnsSchema = {
  /** Index of the first candidate image in the training file. */
  start: { kind: 'number', default: 0, min: 0, max: TRAIN_IMAGES - CANDIDATES, integer: true },
  /** Which candidates are in X: bit j set = candidate j is a column. */
  pick: { kind: 'number', default: 0b11111111, min: 0, max: 2 ** CANDIDATES - 1, integer: true },
  /** y = 1 for this digit, 0 for the others. */
  target: { kind: 'number', default: 3, min: 0, max: 9, integer: true },
  /** Which row of the focused image is traced into its column (1..28). */
  row: { kind: 'number', default: 14, min: 1, max: 28, integer: true },
} satisfies Schema;
