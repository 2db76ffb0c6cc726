import type { Schema } from '../../stores/url-settings.ts';

export const FEATURE_LIMIT = 5;
export const PARAMETER_LIMIT = 10;
export const ALPHA_MAX = 10;

const feature = (value: number) =>
  ({ kind: 'number', default: value, min: -FEATURE_LIMIT, max: FEATURE_LIMIT }) as const;
const parameter = (value: number) =>
  ({ kind: 'number', default: value, min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT }) as const;

/** Lesson 7's example and parameters, all in the URL: ?x1=2&x2=-1&y=1&w1=0.3&w2=0.5&b=0.1&alpha=0.5. */
export const logisticSchema = {
  x1: feature(2),
  x2: feature(-1),
  y: { kind: 'number', default: 1, min: 0, max: 1, integer: true },
  w1: parameter(0.3),
  w2: parameter(0.5),
  b: parameter(0.1),
  alpha: { kind: 'number', default: 0.5, min: 0, max: ALPHA_MAX },
} satisfies Schema;

export const DEFAULT_EXAMPLE = {
  x1: logisticSchema.x1.default,
  x2: logisticSchema.x2.default,
  y: logisticSchema.y.default,
  w1: logisticSchema.w1.default,
  w2: logisticSchema.w2.default,
  b: logisticSchema.b.default,
};
