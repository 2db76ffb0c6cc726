import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Presentation mode lives in the URL (`?present=1&step=N`), so an instructor's link
 * opens the lesson already projected at the prepared step.
 */
export function usePresentation() {
  const [params, setParams] = useSearchParams();
  const presenting = params.get('present') === '1';
  const rawStep = Number(params.get('step') ?? '0');
  const step = Number.isInteger(rawStep) && rawStep >= 0 ? rawStep : 0;

  const setPresenting = useCallback(
    (on: boolean) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (on) next.set('present', '1');
          else {
            next.delete('present');
            next.delete('step');
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setStep = useCallback(
    (value: number) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value > 0) next.set('step', String(value));
          else next.delete('step');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { presenting, step, setPresenting, setStep };
}
