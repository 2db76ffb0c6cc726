import { useComputation } from '../../engine/index.ts';

export interface TwoLayerRequest {
  nx: number;
  hidden: number;
  m: number;
  seed: number;
}

/**
 * The small trained network of lessons 11 and 12, computed in the worker
 * ('two-layer-forward'). Changing a size asks again; only the newest answer is kept.
 */
export function useTwoLayerNetwork(request: TwoLayerRequest) {
  const { nx, hidden, m, seed } = request;
  const { data, error } = useComputation('two-layer-forward', { nx, hidden, m, seed });
  return { data, error: error?.message ?? null };
}

/** Column j of a row-major (rows, cols) matrix, as plain numbers (no arithmetic). */
export function column(M: { rows: number; cols: number; data: ArrayLike<number> }, j: number) {
  return Array.from({ length: M.rows }, (_, i) => M.data[i * M.cols + j]!);
}

/** Row i of a row-major matrix. */
export function row(M: { rows: number; cols: number; data: ArrayLike<number> }, i: number) {
  return Array.from({ length: M.cols }, (_, j) => M.data[i * M.cols + j]!);
}
