import { describe, expect, it } from 'vitest';
import type { SessionSetup, WorkerEvent, WorkerRequest } from '../../src/worker/protocol.ts';
import { EngineClient } from './client.ts';
import { appendHistory, createTrainingStore } from './training-store.ts';

/** A stand-in worker that records requests and lets the test answer them. */
class FakeWorker {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(event: WorkerEvent) {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

const setup: SessionSetup = {
  data: { kind: 'toy', name: 'blobs', m: 10, seed: 1 },
  options: {
    config: {
      layerSizes: [2, 1],
      hiddenActivation: 'linear',
      outputActivation: 'sigmoid',
      loss: 'cross-entropy',
    },
    init: 'zeros',
    optimizer: 'gd',
    learningRate: 0.5,
    batchSize: null,
    seed: 1,
  },
};

const params = {
  W: [{ rows: 1, cols: 2, data: new Float32Array([1, 2]) }],
  b: [{ rows: 1, cols: 1, data: new Float32Array([0]) }],
};
const metrics = (iteration: number) => ({
  iteration,
  cost: 0.5,
  trainAccuracy: 0.9,
  testAccuracy: null,
});

function make() {
  const workers: FakeWorker[] = [];
  const store = createTrainingStore();
  const client = new EngineClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, store);
  return { client, store, workers };
}

function progress(session: string, iterations: number[]): WorkerEvent {
  return {
    type: 'progress',
    session,
    status: 'running',
    iterations: Float64Array.from(iterations),
    costs: Float64Array.from(iterations.map(() => 0.4)),
    metrics: metrics(iterations.at(-1) ?? 0),
    parameters: params,
  };
}

describe('EngineClient', () => {
  it('turns progress events into store updates with a growing history', () => {
    const { client, store, workers } = make();
    client.configure('s', setup);
    expect(workers[0]!.sent[0]).toMatchObject({ type: 'configure', session: 's' });
    expect(store.getState().sessions.s!.status).toBe('configuring');
    workers[0]!.emit({
      type: 'configured',
      session: 's',
      X: params.W[0]!,
      labels: new Uint8Array(2),
      metrics: metrics(0),
      parameters: params,
    });
    expect(store.getState().sessions.s!.status).toBe('idle');
    client.run('s', 100);
    workers[0]!.emit(progress('s', [1, 2, 3]));
    workers[0]!.emit(progress('s', [4, 5]));
    const view = store.getState().sessions.s!;
    expect(view.iteration).toBe(5);
    expect(view.history.iterations).toEqual([1, 2, 3, 4, 5]);
    expect(client.sessionData('s')?.parameters).toBe(params);
  });

  it('sends slider updates latest-wins: one in flight, only the newest waits', () => {
    const { client, workers } = make();
    client.configure('s', setup);
    for (let i = 0; i < 5; i++)
      client.setParameters('s', {
        ...params,
        b: [{ rows: 1, cols: 1, data: new Float32Array([i]) }],
      });
    const sent = () => workers[0]!.sent.filter((r) => r.type === 'set-parameters');
    expect(sent()).toHaveLength(1);
    workers[0]!.emit(progress('s', []));
    expect(sent()).toHaveLength(2);
    const last = sent()[1] as Extract<WorkerRequest, { type: 'set-parameters' }>;
    expect(last.parameters.b[0]!.data[0]).toBe(4);
    workers[0]!.emit(progress('s', []));
    client.setParameters('s', params);
    expect(sent()).toHaveLength(3);
  });

  it('reports divergence and worker errors on the session', () => {
    const { client, store, workers } = make();
    client.configure('s', setup);
    workers[0]!.emit({
      type: 'diverged',
      session: 's',
      iteration: 12,
      cause: 'the cost became Infinity',
      code: 'diverged-cost-grew',
      params: { cost: 'Infinity' },
    });
    expect(store.getState().sessions.s!.divergence).toEqual({
      iteration: 12,
      cause: 'the cost became Infinity',
      code: 'diverged-cost-grew',
      params: { cost: 'Infinity' },
    });
    expect(store.getState().sessions.s!.status).toBe('diverged');
    workers[0]!.emit({
      type: 'error',
      session: 's',
      request: 'run',
      requestId: null,
      message: 'bad',
      error: { message: 'bad', code: 'csv-empty', params: {} },
    });
    expect(store.getState().sessions.s!.error).toEqual({
      message: 'bad',
      code: 'csv-empty',
      params: {},
    });
  });

  it('rejects a pending prediction when the worker reports its error', async () => {
    const { client, workers } = make();
    client.configure('s', setup);
    const prediction = client.predict('s', params.W[0]!);
    const request = workers[0]!.sent.at(-1) as Extract<WorkerRequest, { type: 'predict' }>;
    workers[0]!.emit({
      type: 'error',
      session: 's',
      request: 'predict',
      requestId: request.requestId,
      message: 'shape (3, 1) does not fit W (1, 2)',
      error: { message: 'shape (3, 1) does not fit W (1, 2)' },
    });
    await expect(prediction).rejects.toThrow('shape (3, 1)');
  });

  it('restarts a crashed worker and restores each session from its last parameters and iteration', () => {
    const { client, store, workers } = make();
    client.configure('s', setup);
    workers[0]!.emit({
      type: 'configured',
      session: 's',
      X: params.W[0]!,
      labels: new Uint8Array(2),
      metrics: metrics(0),
      parameters: params,
    });
    client.run('s', 100);
    workers[0]!.emit(progress('s', [1, 2, 3, 4]));
    workers[0]!.crash('out of memory');
    expect(workers[0]!.terminated).toBe(true);
    expect(store.getState().workerNotice).toContain('out of memory');
    const reconfigure = workers[1]!.sent[0] as Extract<WorkerRequest, { type: 'configure' }>;
    expect(reconfigure.type).toBe('configure');
    expect(reconfigure.setup.parameters).toBe(params);
    workers[1]!.emit({
      type: 'configured',
      session: 's',
      X: params.W[0]!,
      labels: new Uint8Array(2),
      metrics: metrics(0),
      parameters: params,
    });
    const view = store.getState().sessions.s!;
    expect(view.status).toBe('paused');
    expect(view.iteration).toBe(4);
    expect(view.history.iterations).toEqual([1, 2, 3, 4]);
    workers[1]!.emit(progress('s', [1]));
    expect(store.getState().sessions.s!.history.iterations.at(-1)).toBe(5);
  });
});

describe('EngineClient configure', () => {
  it('keepIfSame leaves a session with the same data and options as it is', () => {
    const { client, workers } = make();
    client.configure('s', setup, { keepIfSame: true });
    client.configure('s', { ...setup, parameters: params }, { keepIfSame: true });
    expect(workers[0]!.sent.filter((r) => r.type === 'configure')).toHaveLength(1);
    client.configure(
      's',
      { ...setup, options: { ...setup.options, seed: 2 } },
      { keepIfSame: true },
    );
    client.configure('s', setup);
    expect(workers[0]!.sent.filter((r) => r.type === 'configure')).toHaveLength(3);
  });
});

describe('EngineClient batching', () => {
  it('merges progress that arrives between two flushes into one store update', () => {
    const workers: FakeWorker[] = [];
    const store = createTrainingStore();
    const flushes: (() => void)[] = [];
    const client = new EngineClient(
      () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      store,
      (flush) => flushes.push(flush),
    );
    client.configure('s', setup);
    let updates = 0;
    store.subscribe(() => (updates += 1));
    workers[0]!.emit(progress('s', [1, 2]));
    workers[0]!.emit(progress('s', [3]));
    workers[0]!.emit(progress('s', [4, 5]));
    expect(updates).toBe(0);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(updates).toBe(1);
    expect(store.getState().sessions.s!.history.iterations).toEqual([1, 2, 3, 4, 5]);
    expect(store.getState().sessions.s!.iteration).toBe(5);
    // Any other event applies what is waiting first, keeping the order.
    workers[0]!.emit(progress('s', [6]));
    workers[0]!.emit({
      type: 'diverged',
      session: 's',
      iteration: 7,
      cause: 'boom',
      code: 'diverged-cost-grew',
      params: {},
    });
    expect(store.getState().sessions.s!.history.iterations.at(-1)).toBe(6);
    expect(store.getState().sessions.s!.status).toBe('diverged');
  });
});

describe('EngineClient computations', () => {
  it("resolves a computation with the worker's answer", async () => {
    const { client, workers } = make();
    const result = client.compute('mnist-examples', { split: 'test', indices: [0] });
    const request = workers[0]!.sent[0] as Extract<WorkerRequest, { type: 'compute' }>;
    expect(request).toMatchObject({ type: 'compute', name: 'mnist-examples', session: null });
    workers[0]!.emit({ type: 'computed', requestId: request.requestId, output: { digits: [7] } });
    await expect(result).resolves.toEqual({ digits: [7] });
  });

  it("keeps only the newest of a slider's waiting computations", async () => {
    const { client, workers } = make();
    const first = client.computeLatest('k', 'mnist-examples', { split: 'test', indices: [1] });
    const second = client.computeLatest('k', 'mnist-examples', { split: 'test', indices: [2] });
    const third = client.computeLatest('k', 'mnist-examples', { split: 'test', indices: [3] });
    await expect(second).resolves.toBeNull();
    const sent = () => workers[0]!.sent as Extract<WorkerRequest, { type: 'compute' }>[];
    expect(sent()).toHaveLength(1);
    workers[0]!.emit({ type: 'computed', requestId: sent()[0]!.requestId, output: 1 });
    await expect(first).resolves.toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(sent()).toHaveLength(2);
    expect(sent()[1]!.input).toEqual({ split: 'test', indices: [3] });
    workers[0]!.emit({ type: 'computed', requestId: sent()[1]!.requestId, output: 3 });
    await expect(third).resolves.toBe(3);
  });
});

describe('appendHistory', () => {
  it('halves the density past the cap and keeps the last point', () => {
    let history = { iterations: [] as number[], costs: [] as number[] };
    for (let i = 1; i <= 50; i++) history = appendHistory(history, [i], [1 / i], 20);
    expect(history.iterations.length).toBeLessThanOrEqual(20);
    expect(history.iterations.at(-1)).toBe(50);
    expect(history.iterations[0]).toBe(1);
    expect(history.costs.at(-1)).toBeCloseTo(1 / 50);
  });
});
