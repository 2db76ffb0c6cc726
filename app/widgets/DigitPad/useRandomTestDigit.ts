import { useCallback, useEffect, useState } from 'react';
import { useComputation } from '../../engine/index.ts';
import { requestTestDigit } from '../../stores/digit-lab.ts';
import { columnOf } from '../MnistDigit/draw-digit.ts';

/** MNIST's test split holds 10,000 images. */
const TEST_IMAGES = 10_000;

/**
 * Puts a random MNIST test image on the pad (a way to try the models without drawing, and
 * the keyboard's quickest way to a digit). The worker loads MNIST on first use.
 */
export function useRandomTestDigit() {
  // Every press asks anew, even for an index drawn before.
  const [asked, setAsked] = useState<{ index: number; press: number } | null>(null);
  const { data, dataInput, error, pending } = useComputation(
    'mnist-examples',
    { split: 'test', indices: [asked?.index ?? 0] },
    { enabled: asked !== null, refresh: asked?.press },
  );
  // Each answer goes on the pad once.
  useEffect(() => {
    if (data && dataInput)
      requestTestDigit(columnOf(data.X, 0), dataInput.indices[0]!, data.digits[0]!);
  }, [data, dataInput]);
  const load = useCallback(() => {
    const index = Math.floor(Math.random() * TEST_IMAGES);
    setAsked((previous) => ({ index, press: (previous?.press ?? 0) + 1 }));
  }, []);
  return { load, busy: pending, error: error?.message ?? null };
}
