/**
 * The worker's behaviour as plain functions: `handleRequest` takes a decoded request
 * and answers through `post`. The worker entry only decodes and dispatches here, so
 * Vitest calls these directly with a fake clock.
 *
 * Running is cooperative: a run trains in slices of about SLICE_MS, posts one batched
 * progress event per slice (display rate), then yields so pause and hyperparameter
 * requests get through between slices.
 */
import { EngineError, engineMessageOf } from '../engine-error.ts';
import { fromModelFile, toModelFile } from '../nn/model-file.ts';
import { predict, type Parameters } from '../nn/network.ts';
import { Trainer } from '../train/trainer.ts';
import type { GridSpec, SessionId, SessionSetup, WorkerEvent, WorkerRequest } from './protocol.ts';
import type { ProgressCallback } from '../data/mnist-fetch.ts';
import { computations } from './computations/index.ts';
import { transferablesOf, type ComputeContext } from './computations/context.ts';
import {
  copyParameters,
  createSession,
  metricsOf,
  type MnistFiles,
  type Session,
} from './session.ts';

/** About two frames: long enough to train efficiently, short enough to stay responsive. */
export const SLICE_MS = 30;

export interface WorkerContext {
  sessions: Map<SessionId, Session>;
  post(event: WorkerEvent, transfer?: Transferable[]): void;
  /** Calls `callback` after `delayMs` (0: soon, after pending messages), as setTimeout does. */
  schedule(callback: () => void, delayMs?: number): void;
  now(): number;
  /** Run loops scheduled and not yet finished, per session, so a pause cancels them. */
  running: Set<SessionId>;
  /** Downloads MNIST (the worker fetches /mnist/); absent where MNIST is not available. */
  loadMnist?: (onProgress: ProgressCallback) => Promise<MnistFiles>;
  /** MNIST, once asked for: loaded once per worker and shared by every session. */
  mnist: Promise<MnistFiles> | null;
  /** Requests for sessions whose data is still loading, answered in order once it has. */
  waiting: Map<SessionId, WorkerRequest[]>;
}

export function createContext(
  post: WorkerContext['post'],
  schedule: WorkerContext['schedule'],
  now: WorkerContext['now'],
  loadMnist?: WorkerContext['loadMnist'],
): WorkerContext {
  return {
    sessions: new Map(),
    post,
    schedule,
    now,
    running: new Set(),
    loadMnist,
    mnist: null,
    waiting: new Map(),
  };
}

function requireSession(context: WorkerContext, id: SessionId): Session {
  const session = context.sessions.get(id);
  if (!session) throw new Error(`Session "${id}" is not configured yet: send "configure" first.`);
  return session;
}

function checkLearningRate(value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`The learning rate must be a positive number, got ${String(value)}.`);
  }
}

function postGrid(
  context: WorkerContext,
  id: SessionId,
  session: Session,
  grid: GridSpec,
  requestId: number | null,
): void {
  if (session.data.X.rows !== 2) return;
  const values = session.gridEvaluator.evaluate(
    session.setup.options.config,
    session.trainer.params,
    grid.bounds,
    grid.resolution,
  );
  context.post(
    { type: 'grid', session: id, requestId, grid, values, iteration: session.trainer.iteration },
    [values.buffer],
  );
}

/** One batched progress event (and the live grid, if the session has one). */
function postProgress(context: WorkerContext, id: SessionId, session: Session): void {
  const iterations = Float64Array.from(session.pendingIterations);
  const costs = Float64Array.from(session.pendingCosts);
  const parameters = copyParameters(session.trainer.params);
  session.pendingIterations = [];
  session.pendingCosts = [];
  context.post(
    {
      type: 'progress',
      session: id,
      status: session.status,
      iterations,
      costs,
      metrics: metricsOf(session, () => context.now(), session.status !== 'running'),
      parameters,
    },
    // The parameters are a fresh copy: move them (100,000 weights for MNIST) instead of cloning.
    [iterations.buffer, costs.buffer, ...transferablesOf(parameters)],
  );
  if (session.grid) postGrid(context, id, session, session.grid, null);
}

/** Takes `count` steps, recording each cost; returns false if training diverged. */
function train(context: WorkerContext, id: SessionId, session: Session, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const result = session.trainer.step(1);
    if (result.diverged) {
      session.status = 'diverged';
      context.running.delete(id);
      context.post({
        type: 'diverged',
        session: id,
        iteration: result.diverged.iteration,
        cause: result.diverged.cause,
        code: result.diverged.code,
        params: { ...result.diverged.params },
      });
      return false;
    }
    session.pendingIterations.push(result.iteration);
    session.pendingCosts.push(result.cost);
  }
  return true;
}

function runSlice(context: WorkerContext, id: SessionId): void {
  const session = context.sessions.get(id);
  if (!session || session.status !== 'running' || !context.running.has(id)) return;
  const deadline = context.now() + SLICE_MS;
  const sliceEnd = Math.min(session.runUntil, session.trainer.iteration + session.stepsPerSlice);
  // Steps in small batches so a slice checks the clock often but not every step.
  while (context.now() < deadline && session.trainer.iteration < sliceEnd) {
    const batch = Math.min(10, sliceEnd - session.trainer.iteration);
    if (!train(context, id, session, batch)) break;
  }
  if (session.status === 'running' && session.trainer.iteration >= session.runUntil) {
    session.status = 'done';
    context.running.delete(id);
  }
  postProgress(context, id, session);
  // A capped (watchable) run waits out the rest of its slice, so the pace is steps per slice.
  if (session.status === 'running')
    context.schedule(() => runSlice(context, id), Math.max(0, deadline - context.now()));
}

function postError(context: WorkerContext, request: WorkerRequest, error: unknown): void {
  context.post({
    type: 'error',
    session: request.session,
    request: request.type,
    requestId: 'requestId' in request ? request.requestId : null,
    message: error instanceof Error ? error.message : String(error),
    error: engineMessageOf(error),
  });
}

export function handleRequest(context: WorkerContext, request: WorkerRequest): void {
  const queue = request.session === null ? undefined : context.waiting.get(request.session);
  if (queue && request.type !== 'configure' && request.type !== 'dispose') {
    queue.push(request);
    return;
  }
  try {
    if (request.type === 'configure' && request.setup.data.kind === 'mnist') {
      configureWithMnist(context, request);
      return;
    }
    if (request.type === 'compute') {
      compute(context, request);
      return;
    }
    context.waiting.delete(request.session);
    dispatch(context, request);
  } catch (error) {
    postError(context, request, error);
  }
}

/**
 * MNIST arrives over the network: later requests for the session wait in a queue until
 * it has, and the page sees the download's progress meanwhile.
 */
function configureWithMnist(
  context: WorkerContext,
  request: Extract<WorkerRequest, { type: 'configure' }>,
): void {
  const id = request.session;
  if (!context.loadMnist) throw new Error('MNIST cannot be loaded here.');
  checkLearningRate(request.setup.options.learningRate);
  context.running.delete(id);
  context.sessions.delete(id);
  const queue: WorkerRequest[] = [];
  context.waiting.set(id, queue);
  mnistFiles(context).then(
    (files) => {
      if (context.waiting.get(id) !== queue) return; // configured again meanwhile
      context.waiting.delete(id);
      try {
        configure(context, id, request.setup, files);
      } catch (error) {
        postError(context, request, error);
        return;
      }
      for (const waiting of queue) handleRequest(context, waiting);
    },
    (error: unknown) => {
      if (context.waiting.get(id) !== queue) return;
      context.waiting.delete(id);
      postError(
        context,
        request,
        new EngineError(
          `MNIST could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          'mnist-download',
          { reason: error instanceof Error ? error.message : String(error) },
        ),
      );
    },
  );
}

/** MNIST, downloaded on first use; sessions waiting for it see the download's progress. */
function mnistFiles(context: WorkerContext): Promise<MnistFiles> {
  const { loadMnist } = context;
  if (!loadMnist) return Promise.reject(new Error('MNIST cannot be loaded here.'));
  context.mnist ??= loadMnist((loadedBytes, totalBytes) => {
    for (const session of context.waiting.keys()) {
      context.post({ type: 'data-progress', session, loadedBytes, totalBytes });
    }
  }).catch((error: unknown) => {
    context.mnist = null; // the next request tries the download again
    throw error;
  });
  return context.mnist;
}

function compute(
  context: WorkerContext,
  request: Extract<WorkerRequest, { type: 'compute' }>,
): void {
  const run = computations[request.name] as
    ((c: ComputeContext, input: unknown) => unknown) | undefined;
  if (!run) throw new Error(`There is no computation called "${String(request.name)}".`);
  const session = request.session === null ? null : requireSession(context, request.session);
  const computeContext: ComputeContext = { session, mnist: () => mnistFiles(context) };
  Promise.resolve()
    .then(() => run(computeContext, request.input))
    .then(
      (output) =>
        context.post(
          { type: 'computed', requestId: request.requestId, output },
          transferablesOf(output),
        ),
      (error: unknown) => postError(context, request, error),
    );
}

function configure(
  context: WorkerContext,
  id: SessionId,
  setup: SessionSetup,
  mnist?: MnistFiles,
): void {
  checkLearningRate(setup.options.learningRate);
  context.running.delete(id);
  const session = createSession(setup, mnist);
  context.sessions.set(id, session);
  const plottable = session.data.X.rows === 2;
  context.post({
    type: 'configured',
    session: id,
    // Only 2-D data is plotted point by point; MNIST's X stays in the worker.
    X: plottable
      ? { rows: session.data.X.rows, cols: session.data.X.cols, data: session.data.X.data.slice() }
      : { rows: session.data.X.rows, cols: 0, data: new Float32Array(0) },
    labels: session.labels.slice(),
    // A live read-out: on MNIST in mini-batches it measures a sample, so training starts at once.
    metrics: metricsOf(session, () => context.now(), false),
    parameters: copyParameters(session.trainer.params),
  });
  if (session.grid) postGrid(context, id, session, session.grid, null);
}

function dispatch(
  context: WorkerContext,
  request: Exclude<WorkerRequest, { type: 'compute' }>,
): void {
  const id = request.session;
  switch (request.type) {
    case 'configure':
      configure(context, id, request.setup);
      return;
    case 'run': {
      const session = requireSession(context, id);
      if (session.status === 'diverged')
        throw new Error('Training diverged: reset before running again.');
      session.runUntil = session.trainer.iteration + Math.max(0, Math.floor(request.maxIterations));
      session.stepsPerSlice =
        request.stepsPerSlice && request.stepsPerSlice > 0
          ? Math.floor(request.stepsPerSlice)
          : Infinity;
      session.status = 'running';
      if (!context.running.has(id)) {
        context.running.add(id);
        context.schedule(() => runSlice(context, id));
      }
      return;
    }
    case 'pause': {
      const session = requireSession(context, id);
      context.running.delete(id);
      if (session.status === 'running') session.status = 'paused';
      postProgress(context, id, session);
      return;
    }
    case 'step': {
      const session = requireSession(context, id);
      if (session.status === 'diverged')
        throw new Error('Training diverged: reset before stepping again.');
      context.running.delete(id);
      session.status = 'paused';
      train(context, id, session, Math.max(1, Math.floor(request.count)));
      postProgress(context, id, session);
      return;
    }
    case 'reset': {
      const session = requireSession(context, id);
      context.running.delete(id);
      // Same data, parameters back to where the session started.
      session.trainer = new Trainer(session.setup.options, session.data, session.setup.parameters);
      session.status = 'idle';
      session.lastMetrics = null;
      session.pendingIterations = [];
      session.pendingCosts = [];
      postProgress(context, id, session);
      return;
    }
    case 'set-hyperparameter': {
      const session = requireSession(context, id);
      checkLearningRate(request.value);
      session.trainer.setLearningRate(request.value);
      session.setup = {
        ...session.setup,
        options: { ...session.setup.options, learningRate: request.value },
      };
      return;
    }
    case 'set-parameters': {
      const session = requireSession(context, id);
      context.running.delete(id);
      session.trainer = new Trainer(session.setup.options, session.data, request.parameters);
      session.status = 'idle';
      session.setup = { ...session.setup, parameters: request.parameters };
      postProgress(context, id, session);
      return;
    }
    case 'evaluate-grid': {
      const session = requireSession(context, id);
      session.grid = request.grid;
      postGrid(context, id, session, request.grid, request.requestId);
      return;
    }
    case 'predict': {
      const session = requireSession(context, id);
      const A = predict(session.setup.options.config, session.trainer.params, request.X);
      context.post({ type: 'prediction', session: id, requestId: request.requestId, A }, [
        A.data.buffer,
      ]);
      return;
    }
    case 'export-model': {
      const session = requireSession(context, id);
      const model = toModelFile(session.setup.options.config, session.trainer.params);
      context.post({ type: 'model', session: id, requestId: request.requestId, model });
      return;
    }
    case 'import-model': {
      const session = requireSession(context, id);
      const { config, params } = fromModelFile(request.model);
      const options = { ...session.setup.options, config };
      context.running.delete(id);
      session.setup = { ...session.setup, options, parameters: params };
      session.trainer = new Trainer(options, session.data, params);
      session.status = 'idle';
      postProgress(context, id, session);
      return;
    }
    case 'dispose': {
      context.running.delete(id);
      context.waiting.delete(id);
      context.sessions.delete(id);
      return;
    }
  }
}

export type { Parameters };
