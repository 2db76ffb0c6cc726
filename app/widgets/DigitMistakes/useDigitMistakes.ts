import { useEffect, useState } from 'react';
import type { DigitMistakesOutput } from '../../../src/worker/computations/digit-mistakes.ts';
import { engine } from '../../engine-client.ts';
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
  const [state, setState] = useState<MistakesState>({ status: 'waiting' });
  useEffect(() => {
    if (!loaded || !visible) return;
    let current = true;
    setState({ status: 'loading' });
    engine
      .computeLatest('lesson-20-mistakes', 'digit-mistakes', {
        model: loaded.file,
        limit: MISTAKES_SHOWN,
      })
      .then(
        (result) => {
          if (current && result) setState({ status: 'ready', result, loaded });
        },
        (reason: unknown) => {
          if (current)
            setState({
              status: 'failed',
              error: reason instanceof Error ? reason.message : String(reason),
            });
        },
      );
    return () => {
      current = false;
    };
  }, [loaded, visible, attempt]);
  return state;
}
