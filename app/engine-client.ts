/**
 * The only module that talks to the training worker. It sends typed requests, turns
 * events into training-store updates, keeps the big arrays (data, parameters, grids)
 * out of the store, makes slider-driven requests "latest wins", and restarts a worker
 * that crashes, restoring every session from its last known parameters.
 */
import type { StoreApi } from 'zustand/vanilla';
import { errorFromMessage } from '../src/engine-error.ts';
import type { Matrix } from '../src/math/matrix.ts';
import type { Parameters } from '../src/nn/types.ts';
import type { ComputeInput, ComputeName, ComputeOutput } from '../src/worker/computations/index.ts';
import type {
  GridSpec,
  SessionId,
  SessionSetup,
  WorkerEvent,
  WorkerRequest,
} from '../src/worker/protocol.ts';
import {
  appendHistory,
  emptySession,
  trainingStore,
  type SessionView,
  type TrainingState,
} from './stores/training.ts';

export interface SessionData {
  X: Matrix | null;
  labels: Uint8Array | null;
  parameters: Parameters | null;
  grid: { spec: GridSpec; values: Float32Array } | null;
}

interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface LatestSlot {
  running: boolean;
  waiting: {
    start(): Promise<unknown>;
    resolve(value: unknown): void;
    reject(error: unknown): void;
  } | null;
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * How long a released session waits for its widget to come back. A language switch loads the
 * other language's lesson (one small chunk) and remounts its widgets well within this; leaving
 * the lesson for good frees the worker's copy of the data soon after.
 */
const RELEASE_GRACE_MS = 5000;

export class EngineClient {
  private worker: WorkerLike | null = null;
  private readonly setups = new Map<SessionId, SessionSetup>();
  private readonly data = new Map<SessionId, SessionData>();
  /** Iterations trained before the last worker restart, added to what the new worker counts. */
  private readonly offsets = new Map<SessionId, number>();
  private readonly latest = new Map<string, WorkerRequest>();
  private readonly inFlight = new Set<string>();
  private readonly pending = new Map<number, Pending<unknown>>();
  private readonly latestComputes = new Map<string, LatestSlot>();
  private nextRequestId = 1;
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
    const status = this.view(session)?.status;
    if (keepIfSame && existing && status !== 'failed' && sameData(existing, setup)) return;
    this.setups.set(session, setup);
    this.offsets.set(session, 0);
    this.data.set(session, { X: null, labels: null, parameters: null, grid: null });
    this.update(session, (view) => ({
      ...emptySession(),
      version: view.version,
      dataVersion: view.dataVersion,
    }));
    this.send({ type: 'configure', session, setup });
  }

  run(session: SessionId, maxIterations: number, stepsPerSlice?: number): void {
    this.update(session, (view) => ({ ...view, status: 'running', error: null }));
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
    this.offsets.set(session, 0);
    this.update(session, (view) => ({
      ...view,
      history: { iterations: [], costs: [] },
      divergence: null,
      error: null,
    }));
    this.send({ type: 'reset', session });
  }

  setLearningRate(session: SessionId, value: number): void {
    const setup = this.setups.get(session);
    if (setup)
      this.setups.set(session, { ...setup, options: { ...setup.options, learningRate: value } });
    this.send({ type: 'set-hyperparameter', session, name: 'learningRate', value });
  }

  /** Replaces the parameters (sliders): latest wins, so a drag never builds a queue. */
  setParameters(session: SessionId, parameters: Parameters): void {
    const setup = this.setups.get(session);
    if (setup) this.setups.set(session, { ...setup, parameters });
    this.offsets.set(session, 0);
    this.update(session, (view) => ({
      ...view,
      history: { iterations: [], costs: [] },
      divergence: null,
      error: null,
    }));
    this.sendLatest(`${session}:parameters`, { type: 'set-parameters', session, parameters });
  }

  evaluateGrid(session: SessionId, grid: GridSpec): void {
    this.sendLatest(`${session}:grid`, { type: 'evaluate-grid', session, requestId: 0, grid });
  }

  predict(session: SessionId, X: Matrix): Promise<Matrix> {
    const requestId = this.nextRequestId++;
    const promise = this.expect<Matrix>(requestId);
    this.send({ type: 'predict', session, requestId, X });
    return promise;
  }

  exportModel(session: SessionId): Promise<unknown> {
    const requestId = this.nextRequestId++;
    const promise = this.expect<unknown>(requestId);
    this.send({ type: 'export-model', session, requestId });
    return promise;
  }

  /** Runs one of the worker's computations (src/worker/computations/) and resolves with its result. */
  compute<N extends ComputeName>(
    name: N,
    input: ComputeInput<N>,
    session: SessionId | null = null,
  ): Promise<ComputeOutput<N>> {
    const requestId = this.nextRequestId++;
    const promise = this.expect<ComputeOutput<N>>(requestId);
    this.send({ type: 'compute', session, requestId, name, input });
    return promise;
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
    const slot = (this.latestComputes.get(key) ?? { running: false, waiting: null }) as LatestSlot;
    this.latestComputes.set(key, slot);
    return new Promise((resolve, reject) => {
      slot.waiting?.resolve(null);
      slot.waiting = { start: () => this.compute(name, input, session), resolve, reject };
      this.pumpLatest(slot);
    });
  }

  private pumpLatest(slot: LatestSlot): void {
    if (slot.running || !slot.waiting) return;
    const job = slot.waiting;
    slot.waiting = null;
    slot.running = true;
    job
      .start()
      .then(job.resolve, job.reject)
      .finally(() => {
        slot.running = false;
        this.pumpLatest(slot);
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
    this.data.delete(session);
    this.send({ type: 'dispose', session });
    this.store.setState((state) => {
      const sessions = { ...state.sessions };
      delete sessions[session];
      return { sessions };
    });
  }

  /** The big arrays of a session, read by imperative painters when `version` changes. */
  sessionData(session: SessionId): SessionData | undefined {
    return this.data.get(session);
  }

  dismissWorkerNotice(): void {
    this.store.setState({ workerNotice: null });
  }

  // --- plumbing -------------------------------------------------------------------

  private view(session: SessionId): SessionView | undefined {
    return this.store.getState().sessions[session];
  }

  private update(session: SessionId, change: (view: SessionView) => SessionView): void {
    this.store.setState((state) => ({
      sessions: { ...state.sessions, [session]: change(state.sessions[session] ?? emptySession()) },
    }));
  }

  private expect<T>(requestId: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(requestId, { resolve: resolve as (value: unknown) => void, reject });
    });
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
    if (this.inFlight.has(key)) {
      this.latest.set(key, request);
      return;
    }
    this.inFlight.add(key);
    this.send(request);
  }

  /** A reply arrived for a latest-wins key: send the newest waiting request, if any. */
  private settle(key: string): void {
    const waiting = this.latest.get(key);
    this.latest.delete(key);
    if (waiting) this.send(waiting);
    else this.inFlight.delete(key);
  }

  /** A crashed worker is replaced; every session is rebuilt from its last parameters. */
  private restart(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight.clear();
    this.latest.clear();
    for (const { reject } of this.pending.values())
      reject(new Error(`The training worker stopped: ${reason}`));
    this.pending.clear();
    this.store.setState({ workerNotice: reason });
    for (const [session, setup] of this.setups) {
      const parameters = this.data.get(session)?.parameters ?? setup.parameters;
      this.offsets.set(session, this.view(session)?.iteration ?? 0);
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
    switch (event.type) {
      case 'ready':
        return;
      case 'configured': {
        const offset = this.offsets.get(event.session) ?? 0;
        this.data.set(event.session, {
          X: event.X,
          labels: event.labels,
          parameters: event.parameters,
          grid: this.data.get(event.session)?.grid ?? null,
        });
        this.update(event.session, (view) => ({
          ...view,
          status: offset > 0 ? 'paused' : 'idle',
          iteration: event.metrics.iteration + offset,
          cost: event.metrics.cost,
          trainAccuracy: event.metrics.trainAccuracy,
          testAccuracy: event.metrics.testAccuracy,
          loading: null,
          error: null,
          version: view.version + 1,
          dataVersion: view.dataVersion + 1,
        }));
        return;
      }
      case 'progress': {
        this.settle(`${event.session}:parameters`);
        const offset = this.offsets.get(event.session) ?? 0;
        const data = this.data.get(event.session);
        if (data) data.parameters = event.parameters;
        const shifted = offset ? event.iterations.map((i) => i + offset) : event.iterations;
        this.update(event.session, (view) => ({
          ...view,
          status:
            view.status === 'diverged' && event.status !== 'running' ? 'diverged' : event.status,
          iteration: event.metrics.iteration + offset,
          cost: event.metrics.cost,
          trainAccuracy: event.metrics.trainAccuracy,
          testAccuracy: event.metrics.testAccuracy,
          history: appendHistory(view.history, shifted, event.costs),
          version: view.version + 1,
        }));
        return;
      }
      case 'data-progress': {
        this.update(event.session, (view) => ({
          ...view,
          loading: { loadedBytes: event.loadedBytes, totalBytes: event.totalBytes },
        }));
        return;
      }
      case 'grid': {
        if (event.requestId !== null) this.settle(`${event.session}:grid`);
        const data = this.data.get(event.session);
        if (data) data.grid = { spec: event.grid, values: event.values };
        this.update(event.session, (view) => ({ ...view, gridVersion: view.gridVersion + 1 }));
        return;
      }
      case 'computed': {
        const waiting = this.pending.get(event.requestId);
        this.pending.delete(event.requestId);
        waiting?.resolve(event.output);
        return;
      }
      case 'prediction':
      case 'model': {
        const waiting = this.pending.get(event.requestId);
        this.pending.delete(event.requestId);
        waiting?.resolve(event.type === 'prediction' ? event.A : event.model);
        return;
      }
      case 'diverged': {
        const offset = this.offsets.get(event.session) ?? 0;
        this.update(event.session, (view) => ({
          ...view,
          status: 'diverged',
          divergence: {
            iteration: event.iteration + offset,
            cause: event.cause,
            code: event.code,
            params: event.params,
          },
        }));
        return;
      }
      case 'error': {
        if (event.requestId !== null && this.pending.has(event.requestId)) {
          this.pending.get(event.requestId)!.reject(errorFromMessage(event.error));
          this.pending.delete(event.requestId);
          return;
        }
        if (event.request === 'set-parameters' && event.session)
          this.settle(`${event.session}:parameters`);
        if (event.request === 'evaluate-grid' && event.session)
          this.settle(`${event.session}:grid`);
        if (event.session) {
          this.update(event.session, (view) => ({
            ...view,
            // A session whose data could not be set up cannot train until it is configured again.
            status:
              event.request === 'configure'
                ? 'failed'
                : view.status === 'running' || view.status === 'configuring'
                  ? 'idle'
                  : view.status,
            loading: null,
            error: event.error,
          }));
        }
        return;
      }
    }
  }
}

/** Same data and training options (the starting parameters may differ: training moved them). */
function sameData(a: SessionSetup, b: SessionSetup): boolean {
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

/** Once per frame while the page is visible; a hidden page catches up twice a second. */
function nextFrame(flush: () => void): void {
  if (typeof document !== 'undefined' && document.visibilityState === 'visible') {
    requestAnimationFrame(flush);
  } else {
    setTimeout(flush, 500);
  }
}

/** The app's engine: one module worker shared by every lesson. */
export const engine = new EngineClient(
  () =>
    new Worker(new URL('../src/worker/training.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training',
    }) as unknown as WorkerLike,
  trainingStore,
  nextFrame,
);
