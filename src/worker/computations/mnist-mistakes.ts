/**
 * The test digits a binary MNIST model gets wrong (lesson 10): the session's current
 * parameters are run on its test set, y-hat = A = sigma(w^T X_test + b), a prediction is 1
 * when a > 0.5 (as the accuracy read-out counts), and the examples whose prediction differs
 * from y are returned, the most confidently wrong first.
 */
import type { Matrix } from '../../math/matrix.ts';
import { zeros } from '../../math/matrix.ts';
import { predict } from '../../nn/network.ts';
import type { ComputeContext } from './context.ts';

export interface MnistMistakesInput {
  /** At most this many examples come back (the total is counted anyway). */
  limit: number;
}

export interface MnistMistakesOutput {
  /** The iteration of the parameters used. */
  iteration: number;
  /** m_test: how many test examples the task has. */
  mTest: number;
  /** How many of them the model gets wrong (all, not only those returned). */
  wrongCount: number;
  /** (784, k): the returned mistakes, one image per column, pixels / 255. */
  X: Matrix;
  /** The true label y (1 or 0) of each returned mistake. */
  labels: Uint8Array;
  /** The digit each returned mistake shows. */
  digits: Uint8Array;
  /** y-hat = P(y = 1 | x) the model gave each returned mistake. */
  probabilities: Float32Array;
  /** Each returned mistake's index within the MNIST test file. */
  testIndices: Uint32Array;
}

export const MAX_MISTAKES = 200;

/** Indices in the test file of the task's test columns, in order (as mnistTask keeps them). */
function taskColumns(
  digits: Uint8Array,
  task: { kind: string; digits?: [number, number] },
): number[] {
  const kept: number[] = [];
  for (let i = 0; i < digits.length; i++) {
    const d = digits[i]!;
    if (task.kind !== 'pair' || d === task.digits![0] || d === task.digits![1]) kept.push(i);
  }
  return kept;
}

export async function mnistMistakes(
  context: ComputeContext,
  input: MnistMistakesInput,
): Promise<MnistMistakesOutput> {
  const session = context.session;
  if (!session) throw new Error('mnist-mistakes needs a training session');
  const source = session.setup.data;
  const { Xtest, Ytest } = session.data;
  if (source.kind !== 'mnist' || !Xtest || !Ytest) {
    throw new Error('mnist-mistakes needs a session trained on MNIST (it has no test set)');
  }
  if (Ytest.rows !== 1)
    throw new Error(`mnist-mistakes needs a binary task, Y is (${Ytest.rows}, m)`);
  const limit = Math.max(0, Math.min(MAX_MISTAKES, Math.floor(input.limit)));

  const files = await context.mnist();
  const columns = taskColumns(files.test.labels, source.task);
  const mTest = Xtest.cols;
  if (columns.length !== mTest) {
    throw new Error(`the test set has ${mTest} columns but the task keeps ${columns.length}`);
  }

  // A = sigma(W X_test + b), (1, m_test); W is the engine's (1, 784) = w^T.
  const A = predict(session.setup.options.config, session.trainer.params, Xtest);
  const wrong: number[] = [];
  for (let i = 0; i < mTest; i++) {
    const predicted = A.data[i]! > 0.5 ? 1 : 0;
    if (predicted !== (Ytest.data[i]! >= 0.5 ? 1 : 0)) wrong.push(i);
  }
  // Most confidently wrong first: the largest |a - y|.
  const distance = (i: number) => Math.abs(A.data[i]! - Ytest.data[i]!);
  wrong.sort((i, j) => distance(j) - distance(i) || i - j);
  const chosen = wrong.slice(0, limit);

  const nx = Xtest.rows;
  const k = chosen.length;
  const X = zeros(nx, k);
  chosen.forEach((column, c) => {
    for (let p = 0; p < nx; p++) X.data[p * k + c] = Xtest.data[p * mTest + column]!;
  });
  const testIndices = Uint32Array.from(chosen, (column) => columns[column]!);
  return {
    iteration: session.trainer.iteration,
    mTest,
    wrongCount: wrong.length,
    X,
    labels: Uint8Array.from(chosen, (column) => (Ytest.data[column]! >= 0.5 ? 1 : 0)),
    digits: Uint8Array.from(testIndices, (index) => files.test.labels[index]!),
    probabilities: Float32Array.from(chosen, (column) => A.data[column]!),
    testIndices,
  };
}
