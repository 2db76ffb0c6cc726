/**
 * Activation functions g(z) and their derivatives g'(z), side by side, as in the notes:
 *
 *   sigmoid     g = 1 / (1 + e^-z)        g' = a (1 - a)
 *   tanh        g = (e^z - e^-z)/(e^z + e^-z)   g' = 1 - a^2
 *   ReLU        g = max(0, z)             g' = 0 if z < 0, 1 if z > 0
 *   leaky ReLU  g = max(0.01 z, z)        g' = 0.01 if z < 0, 1 if z > 0
 *   linear      g = z                     g' = 1
 *
 * The scalar forms (g, dg) feed the lesson plots; the engine applies the same
 * functions element-wise through `applyInPlace` and `derivativeInPlace`.
 * At z = 0 ReLU and leaky ReLU have no derivative; like the notes we take the
 * right-hand value (1), which is what every framework does in practice.
 */

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'linear';

export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'linear',
];

/** Slope of leaky ReLU for negative z. */
export const LEAKY_SLOPE = 0.01;

export interface Activation {
  readonly name: ActivationName;
  /** g(z) */
  readonly g: (z: number) => number;
  /** g'(z), the derivative with respect to z */
  readonly dg: (z: number) => number;
  /**
   * g'(z) written from a = g(z) where the notes do so (a(1 - a), 1 - a^2);
   * backpropagation uses this form because A is already cached.
   */
  readonly dgFromA: (a: number, z: number) => number;
}

/** A numerically stable sigmoid: never computes e^z for large positive z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export const activations: Readonly<Record<ActivationName, Activation>> = {
  sigmoid: {
    name: 'sigmoid',
    g: sigmoid,
    dg: (z) => {
      const a = sigmoid(z);
      return a * (1 - a);
    },
    dgFromA: (a) => a * (1 - a),
  },
  tanh: {
    name: 'tanh',
    g: Math.tanh,
    dg: (z) => {
      const a = Math.tanh(z);
      return 1 - a * a;
    },
    dgFromA: (a) => 1 - a * a,
  },
  relu: {
    name: 'relu',
    g: (z) => (z > 0 ? z : 0),
    dg: (z) => (z >= 0 ? 1 : 0),
    dgFromA: (_a, z) => (z >= 0 ? 1 : 0),
  },
  'leaky-relu': {
    name: 'leaky-relu',
    g: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    dg: (z) => (z >= 0 ? 1 : LEAKY_SLOPE),
    dgFromA: (_a, z) => (z >= 0 ? 1 : LEAKY_SLOPE),
  },
  linear: {
    name: 'linear',
    g: (z) => z,
    dg: () => 1,
    dgFromA: () => 1,
  },
};

export function isActivationName(value: unknown): value is ActivationName {
  return typeof value === 'string' && (ACTIVATION_NAMES as readonly string[]).includes(value);
}

/** A = g(Z), element-wise, written into `out` (which may be Z itself). */
export function applyInPlace(
  name: ActivationName,
  Z: ArrayLike<number>,
  out: Float32Array | Float64Array,
): void {
  const { g } = activations[name];
  for (let i = 0; i < out.length; i++) out[i] = g(Z[i]!);
}

/** out = g'(Z) from the cached A and Z, element-wise. */
export function derivativeInPlace(
  name: ActivationName,
  A: ArrayLike<number>,
  Z: ArrayLike<number>,
  out: Float32Array | Float64Array,
): void {
  const { dgFromA } = activations[name];
  for (let i = 0; i < out.length; i++) out[i] = dgFromA(A[i]!, Z[i]!);
}
