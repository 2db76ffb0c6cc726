import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type {
  ComputeInput,
  ComputeName,
  ComputeOutput,
} from '../../src/worker/computations/index.ts';
import type { SessionId } from '../../src/worker/protocol.ts';
import { engine } from './engine.ts';
import { useStableValue } from './useStableValue.ts';

export interface ComputationOptions {
  /** The session whose data and parameters the computation reads (null: none). */
  session?: SessionId | null;
  /** False: ask nothing (yet); what was answered before stays. */
  enabled?: boolean;
  /** Asks again with the same input whenever this changes (compared by value, like the input). */
  refresh?: unknown;
}

export interface Computation<N extends ComputeName> {
  /** The newest answer (it may be for an earlier input while `pending`), or null. */
  data: ComputeOutput<N> | null;
  /** The input `data` answers. */
  dataInput: ComputeInput<N> | null;
  /** Why the newest request failed, or null; cleared when the next request goes out. */
  error: Error | null;
  /** A request for the current input is on its way. */
  pending: boolean;
  /** Asks again (after a failure, or for fresh numbers). */
  retry(): void;
}

interface Answer<N extends ComputeName> {
  data: ComputeOutput<N> | null;
  dataInput: ComputeInput<N> | null;
  error: Error | null;
  pending: boolean;
}

/**
 * One of the worker's computations (src/worker/computations/) for the current input:
 * asked again when the input's meaning changes (compared by value, so it may be built on
 * every render), latest wins (while one request runs only the newest waits), answers for
 * an input that has since changed or a widget that has gone are dropped.
 */
export function useComputation<N extends ComputeName>(
  name: N,
  input: ComputeInput<N>,
  { session = null, enabled = true, refresh }: ComputationOptions = {},
): Computation<N> {
  const key = useId();
  const stableInput = useStableValue(input);
  const stableRefresh = useStableValue(refresh);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<N>>({
    data: null,
    dataInput: null,
    error: null,
    pending: false,
  });

  useEffect(() => {
    if (!enabled) {
      setAnswer((current) => (current.pending ? { ...current, pending: false } : current));
      return;
    }
    let live = true;
    setAnswer((current) =>
      current.pending && !current.error ? current : { ...current, error: null, pending: true },
    );
    engine.computeLatest(`${key}:${name}`, name, stableInput, session).then(
      (data) => {
        if (live && data !== null)
          setAnswer({ data, dataInput: stableInput, error: null, pending: false });
      },
      (reason: unknown) => {
        if (live) setAnswer((current) => ({ ...current, error: asError(reason), pending: false }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, name, stableInput, session, enabled, stableRefresh, attempt]);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return useMemo(() => ({ ...answer, retry }), [answer, retry]);
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
