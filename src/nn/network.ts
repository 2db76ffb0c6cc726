/**
 * The L-layer network in one import: configuration, initialisation, forward, cost, backward
 * and prediction. Each piece lives in its own file beside this one.
 */
export * from './types';
export { validateConfig, validateParameters, MAX_INPUTS, MAX_UNITS } from './config';
export {
  initializeParameters,
  cloneParameters,
  initScale,
  DEFAULT_RANDOM_SCALE,
} from './initialize';
export { forward, predict, createCache, checkInput } from './forward';
export { computeCost } from './cost';
export {
  backward,
  outputGradient,
  createBackwardWorkspace,
  type BackwardWorkspace,
} from './backward';
