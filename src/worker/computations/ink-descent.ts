/**
 * Lesson 4: gradient descent on the MNIST mean-ink cost from a chosen start with a chosen
 * alpha (every point, J and gradient on the way, and a verdict on the run), and the four
 * learning-rate presets for that start (train/learning-rate-presets.ts).
 */
import {
  descentPath,
  summariseRun,
  type DescentPath,
  type RunSummary,
} from '../../train/descent-2d.ts';
import {
  learningRatePresets,
  type Preset,
  type PresetName,
} from '../../train/learning-rate-presets.ts';
import type { ComputeContext } from './context.ts';
import { inkModel } from './ink-model.ts';

export const MAX_STEPS = 500;

export interface InkDescentInput {
  start: { w: number; b: number };
  learningRate: number;
  steps: number;
}

export interface InkDescentOutput {
  path: DescentPath;
  summary: RunSummary;
}

function check(start: { w: number; b: number }, steps: number): void {
  if (!Number.isFinite(start.w) || !Number.isFinite(start.b))
    throw new RangeError('the start must be finite');
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
    throw new RangeError(`steps must be a whole number in 1..${MAX_STEPS}`);
  }
}

export async function inkDescent(
  context: ComputeContext,
  input: InkDescentInput,
): Promise<InkDescentOutput> {
  check(input.start, input.steps);
  if (!(input.learningRate > 0)) throw new RangeError('the learning rate must be greater than 0');
  const { model, minimum, hessian } = await inkModel(context);
  const path = descentPath(model, input.start, input.learningRate, input.steps);
  return { path, summary: summariseRun(path, minimum, hessian.steepest) };
}

export interface InkPresetsInput {
  start: { w: number; b: number };
  steps: number;
}

export interface InkPresetsOutput {
  lambdaMax: number;
  presets: Record<PresetName, Preset | null>;
}

export async function inkPresets(
  context: ComputeContext,
  input: InkPresetsInput,
): Promise<InkPresetsOutput> {
  check(input.start, input.steps);
  const { model, minimum, hessian } = await inkModel(context);
  return {
    lambdaMax: hessian.lambdaMax,
    presets: learningRatePresets(
      model,
      minimum,
      hessian.lambdaMax,
      hessian.steepest,
      input.start,
      input.steps,
    ),
  };
}
