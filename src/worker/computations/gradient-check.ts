/**
 * Lesson 15's gradient check: backpropagation's gradient g against central differences
 * g_approx[i] = (J(theta + eps e_i) - J(theta - eps e_i)) / (2 eps) for every parameter,
 * at the session's current parameters, in float64 (src/nn/gradient-check.ts), reported as
 *
 *   ||g - g_approx|| / (||g|| + ||g_approx||)
 *
 * with a verdict. eps trades two errors: too large and the difference quotient's own error
 * (about eps^2) shows; too small and the rounding of J (about 1e-16 / eps) does.
 */
import { flattenGradients, gradientCheck } from '../../nn/gradient-check';
import type { ComputeContext } from './context';

export interface GradientCheckInput {
  /** The nudge eps; 1e-5 by default. */
  epsilon?: number;
}

export type GradientVerdict = 'great' | 'ok' | 'suspicious' | 'zero';

export interface GradientCheckOutput {
  relativeDifference: number;
  verdict: GradientVerdict;
  epsilon: number;
  /** Number of parameters checked (every entry of every W[l] and b[l]). */
  parameterCount: number;
  m: number;
  iteration: number;
  /** ||g|| and ||g_approx|| */
  analyticNorm: number;
  numericNorm: number;
  /** The largest |g_i - g_approx_i| over the parameters. */
  maxAbsoluteDifference: number;
}

export const DEFAULT_EPSILON = 1e-5;
/** Below this, both gradients are zero to rounding and their ratio means nothing. */
const ZERO_GRADIENT = 1e-12;
/** Parameters x examples above which the check would keep the worker busy too long. */
const MAX_WORK = 5_000_000;

/** < 1e-7: backprop agrees with the nudges; < 1e-5: fine; anything larger deserves a look. */
export function gradientVerdict(
  relativeDifference: number,
  analyticNorm: number,
  numericNorm: number,
): GradientVerdict {
  if (analyticNorm + numericNorm < ZERO_GRADIENT) return 'zero';
  if (relativeDifference < 1e-7) return 'great';
  if (relativeDifference < 1e-5) return 'ok';
  return 'suspicious';
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

export function runGradientCheck(
  context: ComputeContext,
  input: GradientCheckInput = {},
): GradientCheckOutput {
  const session = context.session;
  if (!session) throw new Error('gradient-check needs a training session.');
  const epsilon = input.epsilon ?? DEFAULT_EPSILON;
  if (!Number.isFinite(epsilon) || epsilon <= 0 || epsilon > 0.1) {
    throw new Error(`eps must be a small positive number, got ${String(epsilon)}`);
  }
  const config = session.setup.options.config;
  const params = session.trainer.params;
  const { X, Y } = session.data;
  const parameterCount = flattenGradients({ dW: params.W, db: params.b }).length;
  if (parameterCount * X.cols > MAX_WORK) {
    throw new Error(
      `the gradient check would take ${parameterCount} parameters x ${X.cols} examples: too many for the page`,
    );
  }
  const result = gradientCheck(config, params, X, Y, epsilon);
  const analyticNorm = norm(result.analytic);
  const numericNorm = norm(result.numeric);
  let maxAbsoluteDifference = 0;
  for (let i = 0; i < result.analytic.length; i++) {
    maxAbsoluteDifference = Math.max(
      maxAbsoluteDifference,
      Math.abs(result.analytic[i]! - result.numeric[i]!),
    );
  }
  return {
    relativeDifference: result.relativeDifference,
    verdict: gradientVerdict(result.relativeDifference, analyticNorm, numericNorm),
    epsilon,
    parameterCount,
    m: X.cols,
    iteration: session.trainer.iteration,
    analyticNorm,
    numericNorm,
    maxAbsoluteDifference,
  };
}
