import type { Schema } from '../../stores/url-settings.ts';

export const IMAGE_SIZE = 64;

/** The colour picture's seed and the pixel whose three numbers are traced into x. */
export const unrollSchema = {
  seed: { kind: 'number', default: 7, min: 0, max: 99999, integer: true },
  prow: { kind: 'number', default: 20, min: 1, max: IMAGE_SIZE, integer: true },
  pcol: { kind: 'number', default: 40, min: 1, max: IMAGE_SIZE, integer: true },
} satisfies Schema;
