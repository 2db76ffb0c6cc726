/**
 * The cost J of a network's output, picking the loss from the configuration:
 *   cross-entropy + sigmoid   -(1/m) sum [y log a + (1-y) log(1-a)]
 *   cross-entropy + softmax   -(1/m) sum_k y_k log a_k
 *   squared-error             (1/m) sum (1/2)(a - y)^2
 */
import {
  binaryCrossEntropyCost,
  categoricalCrossEntropyCost,
  checkLabels,
  sigmoidCrossEntropyFromLogits,
  softmaxCrossEntropyFromLogits,
  squaredErrorCost,
} from '../math/losses';
import type { Matrix } from '../math/matrix';
import type { NetworkConfig } from './types';

/**
 * J from A[L] and Y (n[L], m). With Z[L] given, cross-entropy is computed from the logits,
 * which is exact even when float32 has rounded A[L] to exactly 0 or 1 (see losses.ts).
 */
export function computeCost(config: NetworkConfig, AL: Matrix, Y: Matrix, ZL?: Matrix): number {
  checkLabels(AL, Y);
  if (config.loss === 'squared-error') return squaredErrorCost(AL, Y);
  if (config.outputActivation === 'softmax') {
    return ZL ? softmaxCrossEntropyFromLogits(ZL, Y) : categoricalCrossEntropyCost(AL, Y);
  }
  return ZL ? sigmoidCrossEntropyFromLogits(ZL, Y) : binaryCrossEntropyCost(AL, Y);
}
