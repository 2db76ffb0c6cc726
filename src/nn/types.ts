/**
 * The network's vocabulary, named as in the notes. Layer l runs from 1 to L; arrays are
 * 0-based, so W[l - 1] holds the notes' W[l] (n[l], n[l-1]) and b[l - 1] holds b[l] (n[l], 1).
 * Caches keep the notes' indices: A[0] = X and A[l] = g[l](Z[l]); Z[0] is an empty placeholder.
 */
import type { ActivationName } from '../math/activations';
import type { LossName } from '../math/losses';
import type { Matrix } from '../math/matrix';

export type { ActivationName } from '../math/activations';
export type { LossName } from '../math/losses';

export type OutputActivation = 'sigmoid' | 'softmax';
export type InitName = 'zeros' | 'random' | 'xavier' | 'he';
export type OptimizerName = 'gd' | 'momentum' | 'adam';

export const OUTPUT_ACTIVATIONS: readonly OutputActivation[] = ['sigmoid', 'softmax'];
export const INIT_NAMES: readonly InitName[] = ['zeros', 'random', 'xavier', 'he'];
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['gd', 'momentum', 'adam'];

export interface NetworkConfig {
  /** [n_x, n[1], ..., n[L]]; L = length - 1. [n_x, 1] is logistic regression. */
  layerSizes: number[];
  /** g[l] for the hidden layers 1..L-1 */
  hiddenActivation: ActivationName;
  /** g[L] */
  outputActivation: OutputActivation;
  loss: LossName;
}

export interface Parameters {
  /** W[l - 1] is the notes' W[l], shape (n[l], n[l-1]) */
  W: Matrix[];
  /** b[l - 1] is the notes' b[l], shape (n[l], 1) */
  b: Matrix[];
}

export interface Cache {
  /** Z[l] = W[l] A[l-1] + b[l], (n[l], m); Z[0] is empty */
  Z: Matrix[];
  /** A[0] = X; A[l] = g[l](Z[l]), (n[l], m) */
  A: Matrix[];
}

export interface Gradients {
  /** dW[l - 1] = dJ/dW[l], same shape as W */
  dW: Matrix[];
  /** db[l - 1] = dJ/db[l], same shape as b */
  db: Matrix[];
}

/** L, the number of layers with parameters. */
export function layerCount(config: NetworkConfig): number {
  return config.layerSizes.length - 1;
}

/** n[l] for l = 0..L (n[0] = n_x). */
export function units(config: NetworkConfig, l: number): number {
  const n = config.layerSizes[l];
  if (n === undefined)
    throw new RangeError(`layer ${l} does not exist (L = ${layerCount(config)})`);
  return n;
}
