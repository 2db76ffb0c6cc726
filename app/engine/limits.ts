/** The computations' size limits, for the fields that offer them (see src/computation-limits.ts). */
export { BUILDER_LIMITS, RACE_LIMITS, TWO_LAYER_LIMITS } from '../../src/computation-limits.ts';
