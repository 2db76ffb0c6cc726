import { useCallback, useMemo } from 'react';
import { useComputation } from '../../engine/index.ts';
import { RESOLUTION } from './settings.ts';

/**
 * Lesson 4's worker results: the cost surface (once), the descent path for the current
 * start / alpha / steps and the presets for the current start / steps (latest wins for both).
 */
export function useDescentData(
  start: { w: number; b: number },
  learningRate: number,
  steps: number,
) {
  const surface = useComputation('ink-cost-surface', { resolution: RESOLUTION });
  const descent = useComputation('ink-descent', {
    start: { w: start.w, b: start.b },
    learningRate,
    steps,
  });
  const presets = useComputation('ink-presets', { start: { w: start.w, b: start.b }, steps });

  // Which inputs a path belongs to: the same inputs computed again are the same path.
  const path = useMemo(() => {
    const { data, dataInput } = descent;
    if (!data || !dataInput) return null;
    const key = `${dataInput.start.w}|${dataInput.start.b}|${dataInput.learningRate}|${dataInput.steps}`;
    return { ...data, key };
  }, [descent]);

  const { retry: retrySurface } = surface;
  const { retry: retryDescent } = descent;
  const { retry: retryPresets } = presets;
  const retry = useCallback(() => {
    retrySurface();
    retryDescent();
    retryPresets();
  }, [retrySurface, retryDescent, retryPresets]);

  const error = surface.error ?? descent.error ?? presets.error;
  return {
    surface: surface.data,
    descent: path,
    // The presets belong to the current start and steps: none while they are computed.
    presets: presets.pending || presets.error ? null : presets.data,
    error: error ? error.message : null,
    retry,
  };
}
