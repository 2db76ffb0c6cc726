/**
 * What the page knows about each training session: status, step, cost and a capped
 * history for the cost curve. Only the engine client writes here (the values come from
 * session-reducer.ts); widgets read with narrow selectors. Big arrays (data, parameters,
 * grids) stay in the client and are read with `useSessionData`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { EngineMessage, ErrorParams } from '../../src/engine-error.ts';
import type { TrainingStatus } from '../../src/worker/protocol.ts';

/** The longest history kept; past it, every other point is dropped (the curve keeps its shape). */
export const HISTORY_CAP = 2000;

/** 'failed': the session's data or settings could not be set up (configure it again to retry). */
export type SessionStatus = TrainingStatus | 'configuring' | 'failed';

export interface SessionView {
  status: SessionStatus;
  iteration: number;
  /** Cost of the current parameters on the whole training set. */
  cost: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** A data download in progress (MNIST), or null. */
  loading: { loadedBytes: number; totalBytes: number } | null;
  /** Per-step (mini-batch or full-batch) costs, capped at HISTORY_CAP points. */
  history: { iterations: number[]; costs: number[] };
  /** Why training stopped: the cause in English and its code (engine-text.ts words it). */
  divergence: { iteration: number; cause: string; code?: string; params?: ErrorParams } | null;
  /** The last error the worker reported for this session, with its code (see engine-text.ts). */
  error: EngineMessage | null;
}

export interface TrainingState {
  sessions: Record<string, SessionView>;
  /** Why the worker crashed, when it was restarted; cleared when dismissed. */
  workerNotice: string | null;
}

export function emptySession(): SessionView {
  return {
    status: 'configuring',
    iteration: 0,
    cost: null,
    trainAccuracy: null,
    testAccuracy: null,
    loading: null,
    history: { iterations: [], costs: [] },
    divergence: null,
    error: null,
  };
}

/** Appends points to a history, halving its density whenever it passes the cap. */
export function appendHistory(
  history: SessionView['history'],
  iterations: ArrayLike<number>,
  costs: ArrayLike<number>,
  cap = HISTORY_CAP,
): SessionView['history'] {
  let its = history.iterations.concat(Array.from(iterations));
  let cs = history.costs.concat(Array.from(costs));
  while (its.length > cap) {
    const last = its.length - 1;
    its = its.filter((_, i) => i % 2 === 0 || i === last);
    cs = cs.filter((_, i) => i % 2 === 0 || i === last);
  }
  return { iterations: its, costs: cs };
}

export function createTrainingStore(): StoreApi<TrainingState> {
  return createStore<TrainingState>()(() => ({ sessions: {}, workerNotice: null }));
}

/** The app's one training store (tests make their own with createTrainingStore). */
export const trainingStore = createTrainingStore();

export function useTraining<T>(selector: (state: TrainingState) => T): T {
  return useStore(trainingStore, selector);
}

export function useSession(id: string): SessionView | undefined {
  return useTraining((state) => state.sessions[id]);
}

/**
 * A session's view, re-read at most every `intervalMs` (and once more after the last
 * change): for React components that show live numbers without repainting at frame rate.
 */
export function useThrottledSession(id: string, intervalMs = 100): SessionView | undefined {
  const [view, setView] = useState(() => trainingStore.getState().sessions[id]);
  useEffect(() => {
    let last = 0;
    let timer = 0;
    const read = () => {
      timer = 0;
      last = performance.now();
      setView(trainingStore.getState().sessions[id]);
    };
    read();
    const unsubscribe = trainingStore.subscribe((state, previous) => {
      if (state.sessions[id] === previous.sessions[id] || timer) return;
      const wait = intervalMs - (performance.now() - last);
      if (wait <= 0) read();
      else timer = window.setTimeout(read, wait);
    });
    return () => {
      unsubscribe();
      if (timer) window.clearTimeout(timer);
    };
  }, [id, intervalMs]);
  return view;
}
