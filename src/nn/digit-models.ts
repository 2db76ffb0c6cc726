/**
 * The two digit models of the drawing pad, read from model files and run on one 28x28 image at
 * a time (pure, allocation-light, well under a millisecond each, so the page calls them on the
 * main thread while a student draws):
 *
 *   one-vs-all   784 -> 10 sigmoid: ten independent logistic regressions, the notes' binary
 *                model once per digit, y-hat_k = sigma(w_k^T x + b_k) = "how sure is classifier
 *                k that this is a k"; the prediction is the most confident one. The ten
 *                confidences need not sum to 1.
 *   hidden       784 -> n[1] -> ... -> 10 softmax: a network whose ten outputs are
 *                probabilities (they sum to 1).
 */
import type { Matrix } from '../math/matrix';
import { predict } from './forward';
import { fromModelFile, ModelFileError } from './model-file';
import type { NetworkConfig, Parameters } from './types';

export type DigitModelKind = 'one-vs-all' | 'hidden';

export interface DigitModel {
  kind: DigitModelKind;
  config: NetworkConfig;
  params: Parameters;
}

/** 28 x 28 inputs, ten digits out. */
export const DIGIT_INPUTS = 784;
export const DIGIT_CLASSES = 10;

/**
 * Reads a model file (JSON.parse's result) as a digit model; the kind follows from its shape:
 * no hidden layer with ten sigmoid outputs is one-vs-all, a softmax output over ten digits
 * after at least one hidden layer is the network. Throws a ModelFileError saying why otherwise.
 */
export function digitModelFromFile(json: unknown): DigitModel {
  const { config, params } = fromModelFile(json);
  const sizes = config.layerSizes;
  const nx = sizes[0]!;
  const outputs = sizes[sizes.length - 1]!;
  const hiddenLayers = sizes.length - 2;
  if (nx !== DIGIT_INPUTS) {
    throw new ModelFileError(
      `a digit model takes the ${DIGIT_INPUTS} pixels of a 28x28 image, but this one has n_x = ${nx}`,
      'digit-model-inputs',
      { expected: DIGIT_INPUTS, value: nx },
    );
  }
  if (outputs !== DIGIT_CLASSES) {
    throw new ModelFileError(
      `a digit model has one output per digit (${DIGIT_CLASSES}), but this one has n[L] = ${outputs}`,
      'digit-model-outputs',
      { expected: DIGIT_CLASSES, value: outputs },
    );
  }
  if (config.outputActivation === 'sigmoid' && hiddenLayers === 0) {
    return { kind: 'one-vs-all', config, params };
  }
  if (config.outputActivation === 'softmax' && hiddenLayers > 0) {
    return { kind: 'hidden', config, params };
  }
  throw new ModelFileError(
    config.outputActivation === 'sigmoid'
      ? `ten sigmoid outputs are read as one-vs-all logistic regressions, which have no hidden layer, but this model has ${hiddenLayers}`
      : 'a softmax digit model needs at least one hidden layer (layer sizes ' +
          `${sizes.join('-')}); the one-vs-all model uses sigmoid outputs`,
    config.outputActivation === 'sigmoid'
      ? 'digit-model-one-vs-all-hidden'
      : 'digit-model-softmax-no-hidden',
    { hiddenLayers, sizes: sizes.join('-') },
  );
}

function checkPixels(pixels: Float32Array): void {
  if (pixels.length !== DIGIT_INPUTS) {
    throw new RangeError(`a digit is ${DIGIT_INPUTS} pixels (28x28), got ${pixels.length} numbers`);
  }
}

/**
 * The ten outputs for one 784-pixel image: sigmoid confidences for one-vs-all (they need not
 * sum to 1), softmax probabilities for the network. Runs the engine's own forward pass on the
 * image as a single column X (784, 1), so the numbers are those the test accuracy counts.
 * Allocates the result.
 */
export function digitOutputs(model: DigitModel, pixels: Float32Array): Float64Array {
  checkPixels(pixels);
  const X: Matrix = { rows: DIGIT_INPUTS, cols: 1, data: pixels };
  return Float64Array.from(predict(model.config, model.params, X).data);
}

/** The most confident digit (the first of equals). */
export function predictedDigit(outputs: Float64Array): number {
  let best = 0;
  for (let k = 1; k < outputs.length; k++) if (outputs[k]! > outputs[best]!) best = k;
  return best;
}

/**
 * Row `unit` of W[1] as a 28x28 image (784 numbers, a view into the parameters: do not write):
 * for one-vs-all, digit `unit`'s classifier w; for the network, hidden unit `unit`'s incoming
 * weights.
 */
export function firstLayerWeights(model: DigitModel, unit: number): Float32Array {
  const W = model.params.W[0]!;
  if (!Number.isInteger(unit) || unit < 0 || unit >= W.rows) {
    throw new RangeError(`layer 1 has units 0..${W.rows - 1}, there is no unit ${unit}`);
  }
  const row = W.data.subarray(unit * W.cols, (unit + 1) * W.cols);
  return row instanceof Float32Array ? row : Float32Array.from(row);
}

/**
 * One-vs-all only: w_i x_i for the given digit's classifier (784 numbers), plus b, so that
 * z = sum(contributions) + bias and the confidence is sigma(z). Allocates the contributions.
 */
export function pixelContributions(
  model: DigitModel,
  pixels: Float32Array,
  digit: number,
): { contributions: Float32Array; bias: number } {
  if (model.kind !== 'one-vs-all') {
    throw new Error(
      'per-pixel contributions w_i x_i are defined for the one-vs-all logistic regressions only',
    );
  }
  checkPixels(pixels);
  const w = firstLayerWeights(model, digit);
  const contributions = new Float32Array(DIGIT_INPUTS);
  for (let i = 0; i < DIGIT_INPUTS; i++) contributions[i] = w[i]! * pixels[i]!;
  return { contributions, bias: model.params.b[0]!.data[digit]! };
}
