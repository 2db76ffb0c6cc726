/**
 * The equations of one hidden layer's forward and backward pass, each paired with the
 * matrix its left side names in the backprop snapshot. TeX is fixed, so KaTeX renders it
 * once; only the numbers beside it change while training.
 */
import type { SnapshotName } from '../../engine/index.ts';

export interface AnnotatedEquation {
  name: SnapshotName;
  /** What a screen reader calls the matrix, e.g. "dW[1]". */
  label: string;
  tex: string;
}

export const FORWARD: readonly AnnotatedEquation[] = [
  { name: 'Z1', label: 'Z[1]', tex: 'Z^{[1]} = W^{[1]} X + b^{[1]}' },
  { name: 'A1', label: 'A[1]', tex: 'A^{[1]} = g^{[1]}(Z^{[1]}) = \\tanh(Z^{[1]})' },
  { name: 'Z2', label: 'Z[2]', tex: 'Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}' },
  { name: 'A2', label: 'A[2]', tex: 'A^{[2]} = \\sigma(Z^{[2]}) = \\hat{Y}' },
];

export const BACKWARD: readonly AnnotatedEquation[] = [
  { name: 'dZ2', label: 'dZ[2]', tex: 'dZ^{[2]} = A^{[2]} - Y' },
  { name: 'dW2', label: 'dW[2]', tex: 'dW^{[2]} = \\tfrac{1}{m}\\, dZ^{[2]} A^{[1]T}' },
  {
    name: 'db2',
    label: 'db[2]',
    // Two lines, so the formula fits a phone without scrolling.
    tex: '\\begin{aligned} db^{[2]} &= \\tfrac{1}{m}\\, \\texttt{np.sum}(dZ^{[2]}, \\\\ &\\qquad \\texttt{axis=1}, \\texttt{keepdims=True}) \\end{aligned}',
  },
  { name: 'gPrime1', label: "g[1]'(Z[1])", tex: 'g^{[1]\\prime}(Z^{[1]}) = 1 - (A^{[1]})^2' },
  {
    name: 'dZ1',
    label: 'dZ[1]',
    tex: 'dZ^{[1]} = W^{[2]T} dZ^{[2]} * g^{[1]\\prime}(Z^{[1]})',
  },
  { name: 'dW1', label: 'dW[1]', tex: 'dW^{[1]} = \\tfrac{1}{m}\\, dZ^{[1]} X^{T}' },
  {
    name: 'db1',
    label: 'db[1]',
    // Two lines, so the formula fits a phone without scrolling.
    tex: '\\begin{aligned} db^{[1]} &= \\tfrac{1}{m}\\, \\texttt{np.sum}(dZ^{[1]}, \\\\ &\\qquad \\texttt{axis=1}, \\texttt{keepdims=True}) \\end{aligned}',
  },
];
