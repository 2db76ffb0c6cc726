/**
 * Learning rates that show the four behaviours of gradient descent on a given cost,
 * found by computation. Near its minimum J is close to a bowl whose steepest curvature
 * is lambda (the Hessian's largest eigenvalue); along that direction one step multiplies
 * the distance to the minimum by (1 - alpha lambda), so
 *   alpha = 0.1 / lambda   shrinks it by only 10% a step            (slow)
 *   alpha = 1 / lambda     jumps straight to the floor              (good)
 *   1/lambda < alpha < 2/lambda  overshoots, |1 - alpha lambda| < 1  (oscillating, settling)
 *   alpha > 2/lambda       overshoots by more than it gained        (diverging)
 * Far from the minimum the real cost flattens (the sigmoid saturates), so the last two
 * thresholds move: the oscillating and diverging presets are the smallest rates on a ladder
 * of multiples of 1/lambda (1.15, 1.32, ... up to about 50) whose actual runs, from the chosen
 * start, do so.
 */
import { descentPath, summariseRun, type RunVerdict } from './descent-2d';
import type { OneFeatureModel } from './one-feature-costs';

export interface Preset {
  learningRate: number;
  /** the multiple of 1 / lambda */
  times: number;
  verdict: RunVerdict;
}

export type PresetName = 'slow' | 'good' | 'oscillating' | 'diverging';
export const PRESET_NAMES: readonly PresetName[] = ['slow', 'good', 'oscillating', 'diverging'];

/** Multiples of 1 / lambda tried for the oscillating and diverging presets. */
export const LADDER = Array.from({ length: 28 }, (_, k) => Number((1.15 ** (k + 1)).toFixed(3)));

export function learningRatePresets(
  model: OneFeatureModel,
  minimum: { w: number; b: number; J: number },
  lambda: number,
  steepest: readonly [number, number],
  start: { w: number; b: number },
  steps: number,
): Record<PresetName, Preset | null> {
  const run = (times: number): Preset => {
    const learningRate = times / lambda;
    const path = descentPath(model, start, learningRate, steps);
    return { learningRate, times, verdict: summariseRun(path, minimum, steepest).verdict };
  };
  let oscillating: Preset | null = null;
  let diverging: Preset | null = null;
  for (const times of LADDER) {
    const preset = run(times);
    if (!oscillating && preset.verdict === 'oscillating') oscillating = preset;
    if (preset.verdict === 'diverging') {
      diverging = preset;
      break;
    }
  }
  return { slow: run(0.1), good: run(1), oscillating, diverging };
}
