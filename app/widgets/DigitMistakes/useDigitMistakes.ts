import { useRef } from 'react';
import { type DigitMistakesOutput, useComputation } from '../../engine/index.ts';
import type { LoadedModel } from '../../stores/digit-lab.ts';

/** Mistakes shown at a time (all of them are counted). */
export const MISTAKES_SHOWN = 60;

export type MistakesState =
  | { status: 'waiting' }
  | { status: 'loading' }
  | { status: 'ready'; result: DigitMistakesOutput; loaded: LoadedModel }
  | { status: 'failed'; error: string };

/**
 * The test digits a model gets wrong, worked out in the worker (digit-mistakes) over all
 * 10,000 test images: once the browser is in view (`visible`), and again when the model
 * changes. Superseded requests are dropped.
 */
export function useDigitMistakes(
  loaded: LoadedModel | null,
  visible: boolean,
  attempt: number,
): MistakesState {
  // The model last asked about: with latest wins, a settled answer is about this one.
  const asked = useRef<LoadedModel | null>(null);
  if (loaded && visible) asked.current = loaded;
  const { data, dataInput, error, pending } = useComputation(
    'digit-mistakes',
    { model: loaded?.file, limit: MISTAKES_SHOWN },
    { enabled: loaded !== null && visible, refresh: attempt },
  );
  if (pending) return { status: 'loading' };
  if (error) return { status: 'failed', error: error.message };
  if (data && asked.current && dataInput?.model === asked.current.file)
    return { status: 'ready', result: data, loaded: asked.current };
  return asked.current ? { status: 'loading' } : { status: 'waiting' };
}
