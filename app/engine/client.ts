/**
 * The only module that talks to the training worker. It sends requests, answers the
 * numbered ones through the transport, runs every change to a session through the pure
 * session reducer (the view goes to the training store, the big arrays stay here), makes
 * slider-driven requests latest-wins, and restarts a worker that crashes, restoring every
 * session from its last known parameters.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Matrix } from '../../src/math/matrix.ts';
import type { Parameters } from '../../src/nn/types.ts';
import type {
  ComputeInput,
  ComputeName,
  ComputeOutput,
} from '../../src/worker/computations/index.ts';
import type {
  GridSpec,
  SessionId,
  SessionSetup,
  WorkerEvent,
  WorkerRequest,
} from '../../src/worker/protocol.ts';
import { LatestWins } from './latest-wins.ts';
import {
  gridKey,
  initialSessionState,
  parametersKey,
  reduceSession,
  settledKeys,
  type SessionChange,
  type SessionData,
  type SessionEvent,
  type SessionState,
} from './session-reducer.ts';
import { emptySession, trainingStore, type TrainingState } from './training-store.ts';
import { Transport, type ComputeQuestion } from './transport.ts';

export type { SessionData } from './session-reducer.ts';

export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * How long a released session waits for its widget to come back. A language switch loads the
 * other language's lesson (one small chunk) and remounts its widgets well within this; leaving
 * the lesson for good frees the worker's copy of the data soon after.
 */
export const RELEASE_GRACE_MS = 5000;

export class EngineClient {
  private worker: WorkerLike | null = null;
  private readonly transport = new Transport((request) => this.send(request));
  private readonly setups = new Map<SessionId, SessionSetup>();
  /** Each session's data and offset (its view is in the store). */
  private readonly states = new Map<SessionId, Omit<SessionState, 'view'>>();
  private readonly dataListeners = new Map<SessionId, Set<() => void>>();
  /** Requests sent for a slider (parameters, grids): answered by progress or grid events. */
  private readonly sliders = new LatestWins();
  /** Computations for a slider: answered by their replies. */
  private readonly computations = new LatestWins();
  /** Sessions let go by unmounting widgets, disposed after RELEASE_GRACE_MS unless retained. */
  private readonly releases = new Map<SessionId, ReturnType<typeof setTimeout>>();

  /** Progress and grid events waiting for the next flush, merged per session. */
  private readonly pendingProgress = new Map<
    SessionId,
    Extract<WorkerEvent, { type: 'progress' }>
  >();
  private readonly pendingGrids = new Map<SessionId, Extract<WorkerEvent, { type: 'grid' }>>();
  private flushScheduled = false;

  /**
   * `scheduleFlush` decides how often progress reaches the store: the app flushes once
   * per animation frame, so however many events the worker sends, widgets update at most
   * at display rate; tests flush at once.
   */
  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly store: StoreApi<TrainingState> = trainingStore,
    private readonly scheduleFlush: (flush: () => void) => void = (flush) => flush(),
  ) {}

  /**
   * Creates (or re-creates) a session; its settings survive a worker restart. With
   * `keepIfSame`, a session already set up with the same data and options is left as it
   * is, so a widget that mounts again (a language switch, coming back to a lesson) finds
   * its training where it was instead of starting over.
   */
  configure(session: SessionId, setup: SessionSetup, { keepIfSame = false } = {}): void {
    const existing = this.setups.get(session);
    const status = this.store.getState().sessions[session]?.status;
    if (keepIfSame && existing && status !== 'failed' && sameData(existing, setup)) return;
    this.setups.set(session, setup);
    this.apply(session, { type: 'configure-sent' });
    this.send({ type: 'configure', session, setup });
  }

  run(session: SessionId, maxIterations: number, stepsPerSlice?: number): void {
    this.apply(session, { type: 'run-sent' });
    this.send({ type: 'run', session, maxIterations, stepsPerSlice });
  }

  pause(session: SessionId): void {
    this.send({ type: 'pause', session });
  }

  step(session: SessionId, count: number): void {
    this.send({ type: 'step', session, count });
  }

  /** Back to the initial parameters; the cost history starts again. */
  reset(session: SessionId): void {
    this.apply(session, { type: 'history-cleared' });
    this.send({ type: 'reset', session });
  }

  setLearningRate(session: SessionId, value: number): void {
    const setup = this.setups.get(session);
    if (setup)
      this.setups.set(session, { ...setup, options: { ...setup.options, learningRate: value } });
    this.send({ type: 'set-hyperparameter', session, name: 'learningRate', value });
  }

  /** The learning rate the session trains with now, if it is set up. */
  learningRateOf(session: SessionId): number | undefined {
    return this.setups.get(session)?.options.learningRate;
  }

  /** Replaces the parameters (sliders): latest wins, so a drag never builds a queue. */
  setParameters(session: SessionId, parameters: Parameters): void {
    const setup = this.setups.get(session);
    if (setup) this.setups.set(session, { ...setup, parameters });
    this.apply(session, { type: 'history-cleared' });
    this.sendLatest(parametersKey(session), { type: 'set-parameters', session, parameters });
  }

  evaluateGrid(session: SessionId, grid: GridSpec): void {
    this.sendLatest(gridKey(session), { type: 'evaluate-grid', session, requestId: 0, grid });
  }

  predict(session: SessionId, X: Matrix): Promise<Matrix> {
    return this.transport.ask({ type: 'predict', session, X });
  }

  exportModel(session: SessionId): Promise<unknown> {
    return this.transport.ask({ type: 'export-model', session });
  }

  /** Runs one of the worker's computations (src/worker/computations/) and resolves with its result. */
  compute<N extends ComputeName>(
    name: N,
    input: ComputeInput<N>,
    session: SessionId | null = null,
  ): Promise<ComputeOutput<N>> {
    return this.transport.ask<ComputeQuestion<N>>({ type: 'compute', session, name, input });
  }

  /**
   * A computation driven by a slider: while one is running, only the newest waiting
   * request is kept; superseded requests resolve with null instead of queueing up.
   */
  computeLatest<N extends ComputeName>(
    key: string,
    name: N,
    input: ComputeInput<N>,
    session: SessionId | null = null,
  ): Promise<ComputeOutput<N> | null> {
    return new Promise((resolve, reject) => {
      this.computations.submit(key, {
        start: () =>
          this.compute(name, input, session)
            .then(resolve, reject)
            .finally(() => this.computations.settle(key)),
        drop: () => resolve(null),
      });
    });
  }

  /**
   * A widget that owns a session calls this on mount: it cancels a pending release, so a
   * widget mounted again (a language switch remounts the lesson's prose and widgets) finds its
   * session, data and training where it left them.
   */
  retain(session: SessionId): void {
    clearTimeout(this.releases.get(session));
    this.releases.delete(session);
  }

  /** A widget that owns a session calls this on unmount: disposed soon unless retained again. */
  release(session: SessionId): void {
    clearTimeout(this.releases.get(session));
    this.releases.set(
      session,
      setTimeout(() => {
        this.releases.delete(session);
        this.dispose(session);
      }, RELEASE_GRACE_MS),
    );
  }

  dispose(session: SessionId): void {
    this.setups.delete(session);
    this.states.delete(session);
    this.notifyData(session);
    this.send({ type: 'dispose', session });
    this.store.setState((state) => {
      const sessions = { ...state.sessions };
      delete sessions[session];
      return { sessions };
    });
  }

  /** The big arrays of a session: a new object whenever any of them changes. */
  sessionData(session: SessionId): SessionData | undefined {
    return this.states.get(session)?.data;
  }

  /** Calls `listener` whenever the session's data changes (for `useSessionData`). */
  subscribeData(session: SessionId, listener: () => void): () => void {
    const listeners = this.dataListeners.get(session) ?? new Set();
    this.dataListeners.set(session, listeners);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.dataListeners.delete(session);
    };
  }

  dismissWorkerNotice(): void {
    this.store.setState({ workerNotice: null });
  }

  // --- plumbing -------------------------------------------------------------------

  /** Runs one change through the reducer and keeps its result: the view in the store, the rest here. */
  private apply(session: SessionId, change: SessionChange): void {
    const view = this.store.getState().sessions[session];
    const kept = this.states.get(session);
    const before: SessionState = kept
      ? { ...kept, view: view ?? emptySession() }
      : { ...initialSessionState(), view: view ?? emptySession() };
    const after = reduceSession(before, change);
    this.states.set(session, { data: after.data, offset: after.offset });
    if (after.view !== view)
      this.store.setState((state) => ({ sessions: { ...state.sessions, [session]: after.view } }));
    if (after.data !== kept?.data) this.notifyData(session);
  }

  private notifyData(session: SessionId): void {
    for (const listener of this.dataListeners.get(session) ?? []) listener();
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.arrive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.restart(event.message || 'unknown error');
    };
    this.worker = worker;
    return worker;
  }

  private send(request: WorkerRequest): void {
    this.ensureWorker().postMessage(request);
  }

  private sendLatest(key: string, request: WorkerRequest): void {
    this.sliders.submit(key, { start: () => this.send(request), drop: () => undefined });
  }

  /** A crashed worker is replaced; every session is rebuilt from its last parameters. */
  private restart(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.sliders.clear();
    this.transport.failAll(reason);
    this.store.setState({ workerNotice: reason });
    for (const [session, setup] of this.setups) {
      const parameters = this.sessionData(session)?.parameters ?? setup.parameters;
      this.apply(session, { type: 'worker-restarted' });
      this.send({
        type: 'configure',
        session,
        setup: { ...setup, parameters: parameters ?? undefined },
      });
    }
  }

  /**
   * Progress and grids are merged and applied once per flush; any other event first
   * applies what is waiting, so the store sees events in the order they were sent.
   */
  private arrive(event: WorkerEvent): void {
    if (event.type === 'progress') {
      const waiting = this.pendingProgress.get(event.session);
      this.pendingProgress.set(event.session, waiting ? mergeProgress(waiting, event) : event);
    } else if (event.type === 'grid' && event.requestId === null) {
      this.pendingGrids.set(event.session, event);
    } else {
      this.flush();
      this.receive(event);
      return;
    }
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.scheduleFlush(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const progress = [...this.pendingProgress.values()];
    const grids = [...this.pendingGrids.values()];
    this.pendingProgress.clear();
    this.pendingGrids.clear();
    for (const event of progress) this.receive(event);
    for (const event of grids) this.receive(event);
  }

  private receive(event: WorkerEvent): void {
    if (this.transport.answer(event)) return;
    if (!isSessionEvent(event)) return;
    for (const key of settledKeys(event)) this.sliders.settle(key);
    if (event.session !== null) this.apply(event.session, event);
  }
}

function isSessionEvent(event: WorkerEvent): event is SessionEvent {
  return (
    event.type === 'configured' ||
    event.type === 'progress' ||
    event.type === 'data-progress' ||
    event.type === 'grid' ||
    event.type === 'diverged' ||
    event.type === 'error'
  );
}

/** Same data and training options (the starting parameters may differ: training moved them). */
export function sameData(a: SessionSetup, b: SessionSetup): boolean {
  return JSON.stringify([a.data, a.options]) === JSON.stringify([b.data, b.options]);
}

/** Two progress events as one: all their steps, the later one's state. */
function mergeProgress(
  earlier: Extract<WorkerEvent, { type: 'progress' }>,
  later: Extract<WorkerEvent, { type: 'progress' }>,
): Extract<WorkerEvent, { type: 'progress' }> {
  const concat = (a: Float64Array, b: Float64Array) => {
    const out = new Float64Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  return {
    ...later,
    iterations: concat(earlier.iterations, later.iterations),
    costs: concat(earlier.costs, later.costs),
  };
}
