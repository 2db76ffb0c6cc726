/**
 * The notes' loop over m examples (lesson 8), one line at a time: a generator that yields the
 * state after every line of the pseudo-code, so a page can step forward and back through it.
 *
 *   J = 0, dw_1 = 0, ..., dw_nx = 0, db = 0          'init'
 *   for i = 1..m:
 *     z(i) = w^T x(i) + b                             'z'
 *     a(i) = sigma(z(i))                              'a'
 *     J += -[y(i) log a(i) + (1 - y(i)) log(1 - a(i))]  'J'
 *     dz(i) = a(i) - y(i)                             'dz'
 *     dw_j += x_j(i) dz(i)     (one state per j)      'dw'
 *     db += dz(i)                                     'db'
 *   J /= m                                            'divide-J'
 *   dw_j /= m; db /= m                                'divide-grads'
 *   w_j := w_j - alpha dw_j; b := b - alpha db        'update'
 *
 * The arithmetic is exactly loopGradientStep's, in the same order, so the last state's J, dw, db,
 * w and b equal its result bit for bit.
 */
import { sigmoid } from '../math/activations';
import { crossEntropyLoss } from '../math/losses';
import type { Floats, Matrix } from '../math/matrix';
import { checkLogisticShapes } from './loop-logistic-regression';

export type LoopLine =
  'init' | 'z' | 'a' | 'J' | 'dz' | 'dw' | 'db' | 'divide-J' | 'divide-grads' | 'update';

export interface LoopState {
  /** the pseudo-code line just executed */
  line: LoopLine;
  /** the example being processed (0-based column of X), null outside the loop */
  i: number | null;
  /** the feature whose dw_j was just updated (0-based), null on other lines */
  j: number | null;
  /** z(i), a(i), dz(i) of the current example, null until its line has run */
  z: number | null;
  a: number | null;
  dz: number | null;
  /** the loss of the current example, added to J on line 'J' */
  loss: number | null;
  /** the accumulators as they stand after this line (copies: each state is a snapshot) */
  J: number;
  dw: Float64Array;
  db: number;
  /** the parameters: those passed in until 'update', the new ones after it */
  w: Float64Array;
  b: number;
}

/**
 * Yields one state per executed line (see the file comment): 1 + m (5 + n_x) + 3 states in all.
 * Allocates a copy of dw and w for every state.
 */
export function* traceLoopGradientStep(
  w: Floats,
  b: number,
  X: Matrix,
  Y: Matrix,
  learningRate: number,
): Generator<LoopState, void, undefined> {
  checkLogisticShapes(w, X, Y);
  const nx = X.rows;
  const m = X.cols;
  const w0 = Float64Array.from(w);
  let J = 0;
  const dw = new Float64Array(nx);
  let db = 0;
  const snapshot = (
    line: LoopLine,
    at: Partial<Pick<LoopState, 'i' | 'j' | 'z' | 'a' | 'dz' | 'loss'>> = {},
    params: { w: Float64Array; b: number } = { w: w0, b },
  ): LoopState => ({
    line,
    i: at.i ?? null,
    j: at.j ?? null,
    z: at.z ?? null,
    a: at.a ?? null,
    dz: at.dz ?? null,
    loss: at.loss ?? null,
    J,
    dw: dw.slice(),
    db,
    w: params.w.slice(),
    b: params.b,
  });

  yield snapshot('init');
  for (let i = 0; i < m; i++) {
    // The inner loop over features is the notes' w^T x(i): the same order as loopGradientStep.
    let z = b;
    for (let j = 0; j < nx; j++) z += w[j]! * X.data[j * m + i]!;
    yield snapshot('z', { i, z });
    const a = sigmoid(z);
    yield snapshot('a', { i, z, a });
    const y = Y.data[i]!;
    const loss = crossEntropyLoss(a, y);
    J += loss;
    yield snapshot('J', { i, z, a, loss });
    const dz = a - y;
    yield snapshot('dz', { i, z, a, loss, dz });
    for (let j = 0; j < nx; j++) {
      dw[j] = dw[j]! + X.data[j * m + i]! * dz;
      yield snapshot('dw', { i, j, z, a, loss, dz });
    }
    db += dz;
    yield snapshot('db', { i, z, a, loss, dz });
  }
  J /= m;
  yield snapshot('divide-J');
  for (let j = 0; j < nx; j++) dw[j] = dw[j]! / m;
  db /= m;
  yield snapshot('divide-grads');
  const wNext = new Float64Array(nx);
  for (let j = 0; j < nx; j++) wNext[j] = w0[j]! - learningRate * dw[j]!;
  yield snapshot('update', {}, { w: wNext, b: b - learningRate * db });
}

/** Every state of the trace, in order (for a page that steps back as well as forward). */
export function traceLoop(
  w: Floats,
  b: number,
  X: Matrix,
  Y: Matrix,
  learningRate: number,
): LoopState[] {
  return [...traceLoopGradientStep(w, b, X, Y, learningRate)];
}

/** How many states the trace has for m examples and n_x features. */
export function traceLength(m: number, nx: number): number {
  return 1 + m * (5 + nx) + 3;
}
