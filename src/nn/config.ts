/** Checks on a network's description and on parameters against it, with the notes' rules. */
import { isActivationName } from '../math/activations';
import { isLossName } from '../math/losses';
import { EngineError } from '../engine-error';
import { ShapeError, shapeText } from '../math/matrix';
import { type NetworkConfig, OUTPUT_ACTIVATIONS, type Parameters, layerCount } from './types';

/** Largest n_x accepted (a 64x64x3 image is 12288). */
export const MAX_INPUTS = 65536;
/** Largest hidden or output layer: enough for any lesson, small enough for a phone. */
export const MAX_UNITS = 4096;

/** Throws an Error naming the first impossible setting. */
export function validateConfig(config: NetworkConfig): void {
  const sizes = config.layerSizes;
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new EngineError(
      'layerSizes needs at least [n_x, n[L]] (an input size and an output size), e.g. [2, 1] for logistic regression',
      'config-too-few-layers',
    );
  }
  sizes.forEach((n, l) => {
    const what = l === 0 ? 'n_x (the number of input features)' : `n[${l}]`;
    const cap = l === 0 ? MAX_INPUTS : MAX_UNITS;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw new EngineError(
        `${what} must be a whole number of at least 1, got ${String(n)}`,
        'config-size-not-whole',
        { layer: l, value: String(n) },
      );
    }
    if (n > cap) {
      throw new EngineError(
        `${what} is ${n}, more than the limit of ${cap}`,
        'config-size-over-limit',
        { layer: l, value: n, limit: cap },
      );
    }
  });
  if (!isActivationName(config.hiddenActivation)) {
    throw new EngineError(
      `unknown hidden activation '${String(config.hiddenActivation)}': use sigmoid, tanh, relu, leaky-relu or linear`,
      'config-hidden-activation',
      { value: String(config.hiddenActivation) },
    );
  }
  if (!OUTPUT_ACTIVATIONS.includes(config.outputActivation)) {
    throw new EngineError(
      `unknown output activation '${String(config.outputActivation)}': use sigmoid or softmax`,
      'config-output-activation',
      { value: String(config.outputActivation) },
    );
  }
  if (!isLossName(config.loss)) {
    throw new EngineError(
      `unknown loss '${String(config.loss)}': use cross-entropy or squared-error`,
      'config-loss',
      { value: String(config.loss) },
    );
  }
  const nL = sizes[sizes.length - 1]!;
  if (config.outputActivation === 'softmax' && nL < 2) {
    throw new EngineError(
      `softmax needs at least 2 output units (one per class), got n[L] = ${nL}: use sigmoid for one unit`,
      'config-softmax-units',
      { units: nL },
    );
  }
}

/** Throws a ShapeError unless W[l] is (n[l], n[l-1]) and b[l] is (n[l], 1) for every layer. */
export function validateParameters(config: NetworkConfig, params: Parameters): void {
  const L = layerCount(config);
  if (params.W.length !== L || params.b.length !== L) {
    throw new ShapeError(
      `the network has L = ${L} layers but the parameters hold ${params.W.length} W and ${params.b.length} b`,
      'shape-parameter-count',
      { layers: L, W: params.W.length, b: params.b.length },
    );
  }
  for (let l = 1; l <= L; l++) {
    const rows = config.layerSizes[l]!;
    const cols = config.layerSizes[l - 1]!;
    const W = params.W[l - 1]!;
    const b = params.b[l - 1]!;
    if (W.rows !== rows || W.cols !== cols) {
      throw new ShapeError(
        `W[${l}] is ${shapeText(W)} but the layer sizes need (${rows}, ${cols}): W[l] must be (n[l], n[l-1])`,
        'shape-W',
        { layer: l, shape: shapeText(W), rows, cols },
      );
    }
    if (b.rows !== rows || b.cols !== 1) {
      throw new ShapeError(
        `b[${l}] is ${shapeText(b)} but the layer sizes need (${rows}, 1): b[l] must be (n[l], 1)`,
        'shape-b',
        { layer: l, shape: shapeText(b), rows },
      );
    }
  }
}
