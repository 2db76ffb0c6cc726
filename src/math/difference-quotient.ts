/**
 * The difference quotient: the slope of f at a, read off by nudging a a little (lesson 5).
 *
 *   slope ≈ height / width = (f(a + nudge) - f(a)) / nudge
 *
 * Each function sits beside its exact derivative, so the estimate can be compared with f'(a):
 *
 *   f(a) = 3a      f'(a) = 3
 *   f(a) = a^2     f'(a) = 2a
 *   f(a) = a^3     f'(a) = 3a^2
 *   f(a) = ln(a)   f'(a) = 1/a      (a > 0)
 */

export const INTUITION_FUNCTIONS = ['linear', 'square', 'cube', 'log'] as const;
export type IntuitionFunctionName = (typeof INTUITION_FUNCTIONS)[number];

export interface IntuitionFunction {
  readonly name: IntuitionFunctionName;
  /** f(a) */
  readonly f: (a: number) => number;
  /** f'(a), the exact derivative */
  readonly df: (a: number) => number;
  /** The a the lesson lets the student pick: ln needs a > 0. */
  readonly aMin: number;
  readonly aMax: number;
}

/** The range of a shared by 3a, a^2 and a^3 (the notes use a = 2 and a = 5). */
export const A_MIN = -3;
export const A_MAX = 6;
/** ln(a) is drawn from here: close enough to 0 to see the slope 1/a grow. */
export const LOG_A_MIN = 0.2;

export const intuitionFunctions: Readonly<Record<IntuitionFunctionName, IntuitionFunction>> = {
  linear: { name: 'linear', f: (a) => 3 * a, df: () => 3, aMin: A_MIN, aMax: A_MAX },
  square: { name: 'square', f: (a) => a * a, df: (a) => 2 * a, aMin: A_MIN, aMax: A_MAX },
  cube: { name: 'cube', f: (a) => a * a * a, df: (a) => 3 * a * a, aMin: A_MIN, aMax: A_MAX },
  log: { name: 'log', f: Math.log, df: (a) => 1 / a, aMin: LOG_A_MIN, aMax: A_MAX },
};

export function isIntuitionFunction(value: unknown): value is IntuitionFunctionName {
  return (INTUITION_FUNCTIONS as readonly unknown[]).includes(value);
}

/** The notes' nudge. */
export const DEFAULT_NUDGE = 0.001;
/** Below 1e-12 the subtraction f(a + nudge) - f(a) is mostly rounding error; above 1 it is no longer a nudge. */
export const NUDGE_MIN = 1e-12;
export const NUDGE_MAX = 1;

export type NudgeProblem = 'not-a-number' | 'not-positive' | 'too-small' | 'too-large';

/** Why a typed nudge cannot be used, or null when it can. */
export function nudgeProblem(nudge: number): NudgeProblem | null {
  if (!Number.isFinite(nudge)) return 'not-a-number';
  if (nudge <= 0) return 'not-positive';
  if (nudge < NUDGE_MIN) return 'too-small';
  if (nudge > NUDGE_MAX) return 'too-large';
  return null;
}

/** a kept inside the function's range (switching to ln from a = -1 moves a to the edge). */
export function clampA(name: IntuitionFunctionName, a: number): number {
  const { aMin, aMax } = intuitionFunctions[name];
  return Math.min(aMax, Math.max(aMin, a));
}

/** Everything the triangle shows: its corners, its sides, its slope, and the exact slope beside it. */
export interface NudgeReading {
  a: number;
  nudge: number;
  /** f(a) */
  fa: number;
  /** f(a + nudge) */
  faNudged: number;
  /** f(a + nudge) - f(a): the triangle's height */
  height: number;
  /** the triangle's width, the nudge */
  width: number;
  /** height / width: the slope the nudge measures */
  ratio: number;
  /** f'(a) */
  exact: number;
  /** ratio - f'(a): what the finite nudge gets wrong */
  difference: number;
}

export function readNudge(name: IntuitionFunctionName, a: number, nudge: number): NudgeReading {
  const { f, df } = intuitionFunctions[name];
  const fa = f(a);
  const faNudged = f(a + nudge);
  const height = faNudged - fa;
  const ratio = height / nudge;
  const exact = df(a);
  return {
    a,
    nudge,
    fa,
    faNudged,
    height,
    width: nudge,
    ratio,
    exact,
    difference: ratio - exact,
  };
}

/** The nudges of the shrinking table: each a tenth of the one before. */
export const SHRINKING_NUDGES = [0.1, 0.01, 0.001, 0.0001, 0.00001] as const;

/** The same reading for several nudges, to watch height / width close in on f'(a). */
export function shrinkingNudges(
  name: IntuitionFunctionName,
  a: number,
  nudges: readonly number[] = SHRINKING_NUDGES,
): NudgeReading[] {
  return nudges.map((nudge) => readNudge(name, a, nudge));
}

/**
 * True when a difference is only floating-point rounding (|ratio - f'| within a few ulps of
 * f(a) divided by the nudge), as for the straight line 3a, whose triangle is exact.
 */
export function isRoundingOnly(reading: NudgeReading): boolean {
  const scale = Math.max(1, Math.abs(reading.fa), Math.abs(reading.faNudged));
  return Math.abs(reading.difference) <= (64 * Number.EPSILON * scale) / reading.nudge;
}
