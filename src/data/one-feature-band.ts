/**
 * Lesson 3's small data set: one feature x, class 1 in the middle and class 0 on both
 * sides. Four groups at x = -3, -1, 1, 3 labelled 0, 1, 1, 0, each point jittered by
 * seeded gaussian noise. No single sigmoid fits it, which is what makes squared error's
 * cost J(w) grow two separate valleys (one per side it gives up on).
 *   x (1, m) as a Float64Array, y the 0/1 labels; m = 4 * perGroup.
 */
import { createRng } from '../math/rng';

export interface BandOptions {
  seed: number;
  /** points per group; 3 by default (m = 12) */
  perGroup?: number;
  /** standard deviation of the jitter around each group's centre */
  jitter?: number;
}

export interface OneFeatureData {
  x: Float64Array;
  y: Float64Array;
}

/** The groups' centres and labels, left to right. */
export const BAND_GROUPS: readonly (readonly [x: number, y: 0 | 1])[] = [
  [-3, 0],
  [-1, 1],
  [1, 1],
  [3, 0],
];

export function makeBandDataset({
  seed,
  perGroup = 3,
  jitter = 0.25,
}: BandOptions): OneFeatureData {
  if (!Number.isInteger(perGroup) || perGroup < 1) {
    throw new RangeError(`perGroup must be a whole number >= 1, got ${perGroup}`);
  }
  const rng = createRng(seed);
  const m = BAND_GROUPS.length * perGroup;
  const x = new Float64Array(m);
  const y = new Float64Array(m);
  let i = 0;
  for (const [centre, label] of BAND_GROUPS) {
    for (let k = 0; k < perGroup; k++, i++) {
      x[i] = centre + jitter * rng.normal();
      y[i] = label;
    }
  }
  return { x, y };
}
