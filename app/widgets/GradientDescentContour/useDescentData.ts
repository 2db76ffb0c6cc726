import { useCallback, useEffect, useState } from 'react';
import type { InkCostSurfaceOutput } from '../../../src/worker/computations/ink-cost-surface.ts';
import type {
  InkDescentOutput,
  InkPresetsOutput,
} from '../../../src/worker/computations/ink-descent.ts';
import { engine } from '../../engine-client.ts';
import { RESOLUTION } from './settings.ts';

const message = (failure: unknown) =>
  failure instanceof Error ? failure.message : String(failure);

/**
 * Lesson 4's worker results: the cost surface (once), the descent path for the current
 * start / alpha / steps and the presets for the current start / steps (latest wins for both).
 */
export function useDescentData(
  start: { w: number; b: number },
  learningRate: number,
  steps: number,
) {
  const [surface, setSurface] = useState<InkCostSurfaceOutput | null>(null);
  const [descent, setDescent] = useState<(InkDescentOutput & { key: string }) | null>(null);
  const [presets, setPresets] = useState<InkPresetsOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    engine.computeLatest('lesson-04-surface', 'ink-cost-surface', { resolution: RESOLUTION }).then(
      (out) => {
        if (live && out) setSurface(out);
      },
      (failure: unknown) => {
        if (live) setError(message(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    let live = true;
    // Which inputs a path belongs to: the same inputs computed again are the same path.
    const key = `${start.w}|${start.b}|${learningRate}|${steps}`;
    engine
      .computeLatest('lesson-04-path', 'ink-descent', {
        start: { w: start.w, b: start.b },
        learningRate,
        steps,
      })
      .then(
        (out) => {
          if (live && out) setDescent({ ...out, key });
        },
        (failure: unknown) => {
          if (live) setError(message(failure));
        },
      );
    return () => {
      live = false;
    };
  }, [start.w, start.b, learningRate, steps, attempt]);

  useEffect(() => {
    let live = true;
    setPresets(null);
    engine
      .computeLatest('lesson-04-presets', 'ink-presets', {
        start: { w: start.w, b: start.b },
        steps,
      })
      .then(
        (out) => {
          if (live && out) setPresets(out);
        },
        (failure: unknown) => {
          if (live) setError(message(failure));
        },
      );
    return () => {
      live = false;
    };
  }, [start.w, start.b, steps, attempt]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  return { surface, descent, presets, error, retry };
}
