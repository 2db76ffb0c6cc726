/**
 * The exact step at which a training run first reaches a training accuracy (lesson 17's
 * "which hidden size gets to 90% first?"). It replays the run from its setup: the same
 * seeded data and initial weights, the same full-batch steps, so the trajectory is the
 * session's own, bit for bit; after every step it measures the accuracy on the whole
 * training set. Stops at the first step that reaches `target`, or after `maxIterations`.
 */
import type { DataSource } from '../protocol.ts';
import { loadData } from '../session.ts';
import { Trainer, type TrainingOptions } from '../../train/trainer.ts';
import type { ComputeContext } from './context.ts';

export interface AccuracyCrossingInput {
  data: Extract<DataSource, { kind: 'toy' } | { kind: 'csv' }>;
  options: TrainingOptions;
  /** The training accuracy to reach, in [0, 1]. */
  target: number;
  maxIterations: number;
}

export interface AccuracyCrossingOutput {
  /** Steps taken when the accuracy first reached the target (0: already at the start), or null. */
  iteration: number | null;
  /** The accuracy at that step, or after maxIterations when it never got there. */
  accuracy: number;
}

/** Longest replay accepted: the lessons train for at most 20,000 steps. */
export const MAX_REPLAY = 20_000;

export function accuracyCrossing(
  _context: ComputeContext,
  input: AccuracyCrossingInput,
): AccuracyCrossingOutput {
  const { target, maxIterations } = input;
  if (!(target >= 0 && target <= 1)) throw new Error(`target must be in [0, 1], got ${target}`);
  if (!Number.isInteger(maxIterations) || maxIterations < 0 || maxIterations > MAX_REPLAY) {
    throw new Error(`maxIterations must be a whole number from 0 to ${MAX_REPLAY}`);
  }
  if (input.options.batchSize) throw new Error('only full-batch runs replay step by step');
  const { data } = loadData(input.data);
  const trainer = new Trainer(input.options, data);
  let accuracy = trainer.evaluate(data.X, data.Y).accuracy;
  if (accuracy >= target) return { iteration: 0, accuracy };
  while (trainer.iteration < maxIterations) {
    if (trainer.step(1).diverged) break;
    accuracy = trainer.evaluate(data.X, data.Y).accuracy;
    if (accuracy >= target) return { iteration: trainer.iteration, accuracy };
  }
  return { iteration: null, accuracy };
}
