/**
 * The size limits of the worker's computations, in one framework-free module the page can
 * import without pulling computation code into the main bundle: a widget's field offers
 * only what the computation accepts, and the computation checks the same numbers.
 */

/** two-layer-forward (lessons 11 and 12): small on purpose, every number is printed. */
export const TWO_LAYER_LIMITS = { nx: 6, hidden: 8, m: 8, steps: 200 } as const;

/** vectorisation-race (lesson 9). */
export const RACE_LIMITS = {
  nx: { min: 1, max: 4096 },
  m: { min: 1, max: 100_000 },
  repetitions: { min: 1, max: 25 },
  /** n_x m: 20 million float32 numbers is 80 MB for X */
  maxEntries: 20_000_000,
} as const;

/** layer-shapes (lesson 18): below the engine's per-layer caps, so a phone can keep up. */
export const BUILDER_LIMITS = {
  /** examples in X */
  m: 1000,
  /** W and b entries over all layers */
  parameters: 1_000_000,
  /** Z and A entries over all layers: (n[1] + ... + n[L]) * m */
  activations: 1_000_000,
  /** layers with parameters, L */
  layers: 8,
} as const;
