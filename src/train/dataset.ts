/** What the trainer trains on, in the notes' layout: X (n_x, m), Y (n[L], m). */
import type { Matrix } from '../math/matrix.ts';

export interface Dataset {
  X: Matrix;
  Y: Matrix;
  /** class index per column */
  labels?: Uint8Array;
  Xtest?: Matrix;
  Ytest?: Matrix;
  testLabels?: Uint8Array;
}
