/**
 * The test digits a digit model gets wrong (the drawing pad's "browse the test set"): the model
 * file is run on all 10,000 MNIST test images, each prediction is the most confident of the ten
 * outputs, and the images whose prediction differs from their label come back, the most
 * confidently wrong first (the largest output given to the wrong digit), with their ten
 * outputs and their pixels so that one can be loaded into the pad.
 */
import { imagesToMatrix, type IdxImages } from '../../data/mnist.ts';
import type { Matrix } from '../../math/matrix.ts';
import {
  DIGIT_CLASSES,
  DIGIT_INPUTS,
  type DigitModelKind,
  digitModelFromFile,
} from '../../nn/digit-models.ts';
import { predict } from '../../nn/forward.ts';
import type { ComputeContext } from './context.ts';

export interface DigitMistakesInput {
  /** A digit model file (JSON.parse's result): the shipped one, or one exported after training. */
  model: unknown;
  /** At most this many mistakes come back (all are counted); default DEFAULT_MISTAKES. */
  limit?: number;
}

export interface DigitMistake {
  /** The image's index in MNIST's test file (0..9,999). */
  index: number;
  /** The digit it shows. */
  label: number;
  /** The digit the model chose: the largest of its ten outputs. */
  predicted: number;
  /** The model's ten outputs (sigmoid confidences for one-vs-all, softmax probabilities otherwise). */
  outputs: Float64Array;
  /** The 28x28 image, row-major, 0..255 as in the MNIST file. */
  pixels: Uint8Array;
}

export interface DigitMistakesOutput {
  kind: DigitModelKind;
  /** How many test images were classified (10,000). */
  testCount: number;
  /** How many of them the model gets wrong: all, not only those returned. */
  wrongCount: number;
  /** (testCount - wrongCount) / testCount. */
  accuracy: number;
  /** The most confident mistakes first, at most `limit`. */
  mistakes: DigitMistake[];
}

export const DEFAULT_MISTAKES = 100;
export const MAX_MISTAKES = 1000;

/** X_test (784, 10,000), built once per set of MNIST files (31 MB, so not per request). */
const testMatrices = new WeakMap<IdxImages, Matrix>();

function testMatrix(images: IdxImages): Matrix {
  let X = testMatrices.get(images);
  if (!X) {
    X = imagesToMatrix(images);
    testMatrices.set(images, X);
  }
  return X;
}

function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_MISTAKES;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_MISTAKES) {
    throw new Error(`limit must be a whole number from 0 to ${MAX_MISTAKES}, got ${limit}`);
  }
  return limit;
}

export async function digitMistakes(
  context: ComputeContext,
  input: DigitMistakesInput,
): Promise<DigitMistakesOutput> {
  const limit = checkLimit(input.limit);
  const model = digitModelFromFile(input.model);
  const { test } = await context.mnist();
  const X = testMatrix(test.images);
  const m = X.cols;
  // A[L] (10, m): column i holds image i's ten outputs.
  const A = predict(model.config, model.params, X).data;

  const predicted = new Uint8Array(m);
  const confidence = new Float64Array(m);
  const wrong: number[] = [];
  for (let i = 0; i < m; i++) {
    let best = 0;
    for (let k = 1; k < DIGIT_CLASSES; k++) if (A[k * m + i]! > A[best * m + i]!) best = k;
    predicted[i] = best;
    confidence[i] = A[best * m + i]!;
    if (best !== test.labels[i]) wrong.push(i);
  }
  wrong.sort((i, j) => confidence[j]! - confidence[i]! || i - j);

  const mistakes = wrong.slice(0, limit).map((i): DigitMistake => ({
    index: i,
    label: test.labels[i]!,
    predicted: predicted[i]!,
    outputs: Float64Array.from({ length: DIGIT_CLASSES }, (_, k) => A[k * m + i]!),
    pixels: test.images.pixels.slice(i * DIGIT_INPUTS, (i + 1) * DIGIT_INPUTS),
  }));
  return {
    kind: model.kind,
    testCount: m,
    wrongCount: wrong.length,
    accuracy: (m - wrong.length) / m,
    mistakes,
  };
}
