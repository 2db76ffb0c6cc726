/**
 * What a student typed into a learning-rate field, checked before it reaches the
 * engine: text, zero and negative values get a message saying why; a value large
 * enough to diverge is allowed (watching it diverge is a lesson) but flagged.
 */
export type LearningRateInput =
  | { ok: true; value: number; warning: 'large' | null }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-positive' | 'too-large' };

/** Above this, gradient descent on the lessons' data sets almost surely oscillates or diverges. */
export const LARGE_LEARNING_RATE = 10;
/** Beyond this the number is no longer a learning rate but a typo. */
export const MAX_LEARNING_RATE = 1e6;

export function parseLearningRate(text: string): LearningRateInput {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed))
    return { ok: false, reason: 'not-a-number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, reason: 'too-large' };
  if (value <= 0) return { ok: false, reason: 'not-positive' };
  if (value > MAX_LEARNING_RATE) return { ok: false, reason: 'too-large' };
  return { ok: true, value, warning: value > LARGE_LEARNING_RATE ? 'large' : null };
}
