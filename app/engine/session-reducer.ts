/**
 * One training session as the page sees it, and how it changes: a pure function from the
 * current state and one change (a request the page sent, or an event the worker sent) to
 * the next state. The client stores `view` in the training store and keeps `data` (the big
 * arrays) and `offset` to itself; nothing here mutates its input.
 */
import type { Matrix } from '../../src/math/matrix.ts';
import type { Parameters } from '../../src/nn/types.ts';
import type { GridSpec, WorkerEvent } from '../../src/worker/protocol.ts';
import { appendHistory, emptySession, type SessionView } from './training-store.ts';

/** A session's big arrays: never in the store, read with `useSessionData`. */
export interface SessionData {
  X: Matrix | null;
  labels: Uint8Array | null;
  parameters: Parameters | null;
  grid: { spec: GridSpec; values: Float32Array } | null;
}

export interface SessionState {
  view: SessionView;
  data: SessionData;
  /** Iterations trained before the last worker restart, added to what the new worker counts. */
  offset: number;
}

/** The worker's events about one session (answers to numbered requests go to the transport). */
export type SessionEvent = Extract<
  WorkerEvent,
  { type: 'configured' | 'progress' | 'data-progress' | 'grid' | 'diverged' | 'error' }
>;

/** What the page did to a session, as far as its state is concerned. */
export type SessionAction =
  /** a new setup was sent: everything starts over */
  | { type: 'configure-sent' }
  | { type: 'run-sent' }
  /** back to the initial parameters (reset), or to the student's (set-parameters): a new history */
  | { type: 'history-cleared' }
  /** a new worker is replaying the setup: count on from the iteration reached */
  | { type: 'worker-restarted' };

export type SessionChange = SessionAction | SessionEvent;

const NO_DATA: SessionData = { X: null, labels: null, parameters: null, grid: null };

export function initialSessionState(): SessionState {
  return { view: emptySession(), data: NO_DATA, offset: 0 };
}

export function reduceSession(state: SessionState, change: SessionChange): SessionState {
  const { view, data, offset } = state;
  switch (change.type) {
    case 'configure-sent':
      return { view: emptySession(), data: NO_DATA, offset: 0 };
    case 'run-sent':
      return { ...state, view: { ...view, status: 'running', error: null } };
    case 'history-cleared':
      return {
        ...state,
        offset: 0,
        view: { ...view, history: { iterations: [], costs: [] }, divergence: null, error: null },
      };
    case 'worker-restarted':
      return { ...state, offset: view.iteration };
    case 'configured':
      return {
        offset,
        data: {
          X: change.X,
          labels: change.labels,
          parameters: change.parameters,
          grid: data.grid,
        },
        view: {
          ...view,
          status: offset > 0 ? 'paused' : 'idle',
          iteration: change.metrics.iteration + offset,
          cost: change.metrics.cost,
          trainAccuracy: change.metrics.trainAccuracy,
          testAccuracy: change.metrics.testAccuracy,
          loading: null,
          error: null,
        },
      };
    case 'progress': {
      const shifted = offset ? change.iterations.map((i) => i + offset) : change.iterations;
      return {
        offset,
        data: { ...data, parameters: change.parameters },
        view: {
          ...view,
          // A diverged run stays diverged until it runs again.
          status:
            view.status === 'diverged' && change.status !== 'running' ? 'diverged' : change.status,
          iteration: change.metrics.iteration + offset,
          cost: change.metrics.cost,
          trainAccuracy: change.metrics.trainAccuracy,
          testAccuracy: change.metrics.testAccuracy,
          history: appendHistory(view.history, shifted, change.costs),
        },
      };
    }
    case 'data-progress':
      return {
        ...state,
        view: {
          ...view,
          loading: { loadedBytes: change.loadedBytes, totalBytes: change.totalBytes },
        },
      };
    case 'grid':
      return { ...state, data: { ...data, grid: { spec: change.grid, values: change.values } } };
    case 'diverged':
      return {
        ...state,
        view: {
          ...view,
          status: 'diverged',
          divergence: {
            iteration: change.iteration + offset,
            cause: change.cause,
            code: change.code,
            params: change.params,
          },
        },
      };
    case 'error':
      return {
        ...state,
        view: {
          ...view,
          // A session whose data could not be set up cannot train until it is configured again.
          status:
            change.request === 'configure'
              ? 'failed'
              : view.status === 'running' || view.status === 'configuring'
                ? 'idle'
                : view.status,
          loading: null,
          error: change.error,
        },
      };
  }
}

/** The latest-wins keys an event answers (see client.ts): the next waiting request may go. */
export function settledKeys(event: SessionEvent): string[] {
  switch (event.type) {
    case 'progress':
      return [parametersKey(event.session)];
    case 'grid':
      return event.requestId !== null ? [gridKey(event.session)] : [];
    case 'error':
      if (!event.session) return [];
      if (event.request === 'set-parameters') return [parametersKey(event.session)];
      if (event.request === 'evaluate-grid') return [gridKey(event.session)];
      return [];
    default:
      return [];
  }
}

export const parametersKey = (session: string) => `${session}:parameters`;
export const gridKey = (session: string) => `${session}:grid`;
