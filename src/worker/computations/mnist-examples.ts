/**
 * Real MNIST images for display: chosen examples of either split, each a column of
 * 784 pixels in [0, 1] (x^(i) in the notes), with its digit.
 */
import { imagesToMatrix } from '../../data/mnist.ts';
import type { Matrix } from '../../math/matrix.ts';
import type { ComputeContext } from './context.ts';

export interface MnistExamplesInput {
  split: 'train' | 'test';
  /** Image indices within the split (0..59,999 or 0..9,999). */
  indices: number[];
}

export interface MnistExamplesOutput {
  /** (784, k): one image per column, pixels / 255. */
  X: Matrix;
  digits: Uint8Array;
  indices: Uint32Array;
}

export const MAX_EXAMPLES = 1000;

export async function mnistExamples(
  context: ComputeContext,
  input: MnistExamplesInput,
): Promise<MnistExamplesOutput> {
  const files = await context.mnist();
  const split = files[input.split];
  if (input.indices.length > MAX_EXAMPLES) {
    throw new Error(
      `at most ${MAX_EXAMPLES} examples at a time, asked for ${input.indices.length}`,
    );
  }
  for (const i of input.indices) {
    if (!Number.isInteger(i) || i < 0 || i >= split.images.count) {
      throw new Error(
        `image index ${i} is outside 0..${split.images.count - 1} of the ${input.split} split`,
      );
    }
  }
  const indices = Uint32Array.from(input.indices);
  return {
    X: imagesToMatrix(split.images, indices),
    digits: Uint8Array.from(indices, (i) => split.labels[i]!),
    indices,
  };
}
