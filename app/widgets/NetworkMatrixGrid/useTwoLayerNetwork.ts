import { useEffect, useState } from 'react';
import type { TwoLayerForwardOutput } from '../../../src/worker/computations/two-layer-forward.ts';
import { engine } from '../../engine-client.ts';

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
export function useTwoLayerNetwork(key: string, request: TwoLayerRequest) {
  const [data, setData] = useState<TwoLayerForwardOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { nx, hidden, m, seed } = request;
  useEffect(() => {
    let live = true;
    engine.computeLatest(key, 'two-layer-forward', { nx, hidden, m, seed }).then(
      (output) => {
        if (!live || output === null) return;
        setData(output);
        setError(null);
      },
      (reason: unknown) => {
        if (live) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      live = false;
    };
  }, [key, nx, hidden, m, seed]);
  return { data, error };
}

/** Column j of a row-major (rows, cols) matrix, as plain numbers (no arithmetic). */
export function column(M: { rows: number; cols: number; data: ArrayLike<number> }, j: number) {
  return Array.from({ length: M.rows }, (_, i) => M.data[i * M.cols + j]!);
}

/** Row i of a row-major matrix. */
export function row(M: { rows: number; cols: number; data: ArrayLike<number> }, i: number) {
  return Array.from({ length: M.cols }, (_, j) => M.data[i * M.cols + j]!);
}
