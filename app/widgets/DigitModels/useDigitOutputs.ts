import { useMemo } from 'react';
import { digitOutputs, predictedDigit } from '../../../src/nn/digit-models.ts';
import type { LoadedModel } from '../../stores/digit-lab.ts';

export interface DigitVerdict {
  /** y-hat_0..y-hat_9 from the engine's forward pass. */
  outputs: Float64Array;
  /** The most confident digit. */
  predicted: number;
}

/**
 * A model's ten outputs on the pad's digit, computed on the main thread with the engine's
 * forward pass (one 784-pixel column: well under a millisecond), or null when the pad is
 * empty or the model is not there yet.
 */
export function useDigitOutputs(
  pixels: Float32Array | null,
  loaded: LoadedModel | null,
): DigitVerdict | null {
  const model = loaded?.model ?? null;
  return useMemo(() => {
    if (!pixels || !model) return null;
    const outputs = digitOutputs(model, pixels);
    return { outputs, predicted: predictedDigit(outputs) };
  }, [pixels, model]);
}
