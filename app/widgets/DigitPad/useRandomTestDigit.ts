import { useCallback, useState } from 'react';
import { engine } from '../../engine-client.ts';
import { requestTestDigit } from '../../stores/digit-lab.ts';
import { columnOf } from '../MnistDigit/draw-digit.ts';

/** MNIST's test split holds 10,000 images. */
const TEST_IMAGES = 10_000;

/**
 * Puts a random MNIST test image on the pad (a way to try the models without drawing, and
 * the keyboard's quickest way to a digit). The worker loads MNIST on first use.
 */
export function useRandomTestDigit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    const index = Math.floor(Math.random() * TEST_IMAGES);
    setBusy(true);
    setError(null);
    engine.compute('mnist-examples', { split: 'test', indices: [index] }).then(
      (out) => {
        setBusy(false);
        requestTestDigit(columnOf(out.X, 0), index, out.digits[0]!);
      },
      (reason: unknown) => {
        setBusy(false);
        setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
  }, []);
  return { load, busy, error };
}
