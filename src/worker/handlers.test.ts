import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '../data/mnist-node';
import { createContext, handleRequest, type WorkerContext } from './handlers';
import type { SessionSetup, WorkerEvent, WorkerRequest } from './protocol';

/** A worker context with a manual clock and scheduler, so runs are driven step by step. */
function harness(loadMnist?: WorkerContext['loadMnist']) {
  const events: WorkerEvent[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const context = createContext(
    (event) => events.push(event),
    (callback) => tasks.push(callback),
    () => (clock += 1),
    loadMnist,
  );
  const send = (request: WorkerRequest) => handleRequest(context, request);
  const runTasks = (limit = 1000) => {
    for (let i = 0; i < limit && tasks.length > 0; i++) tasks.shift()!();
  };
  const of = <T extends WorkerEvent['type']>(type: T) =>
    events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type);
  return { context, events, send, runTasks, of };
}

const flower: SessionSetup = {
  data: { kind: 'toy', name: 'flower', m: 400, seed: 1 },
  options: {
    config: {
      layerSizes: [2, 4, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'cross-entropy',
    },
    init: 'random',
    initScale: 0.01,
    optimizer: 'gd',
    learningRate: 1.2,
    batchSize: null,
    seed: 3,
  },
  grid: { bounds: { xMin: -4, xMax: 4, yMin: -4, yMax: 4 }, resolution: 20 },
};

describe('worker handlers', () => {
  it('configure sends the data, metrics and the first grid', () => {
    const { send, of } = harness();
    send({ type: 'configure', session: 's', setup: flower });
    const [configured] = of('configured');
    expect(configured!.X.rows).toBe(2);
    expect(configured!.X.cols).toBe(400);
    expect(configured!.labels.length).toBe(400);
    expect(configured!.metrics.cost).toBeCloseTo(Math.log(2), 3);
    expect(of('grid')[0]!.values.length).toBe(400);
  });

  it('run trains in slices with batched progress and stops at maxIterations', () => {
    const { send, runTasks, of } = harness();
    send({ type: 'configure', session: 's', setup: flower });
    send({ type: 'run', session: 's', maxIterations: 300 });
    runTasks();
    const progress = of('progress');
    expect(progress.length).toBeGreaterThan(1);
    // Every step is reported exactly once, in order, across the batches.
    const iterations = progress.flatMap((p) => Array.from(p.iterations));
    expect(iterations).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(progress.at(-1)!.status).toBe('done');
    expect(progress.at(-1)!.metrics.cost).toBeLessThan(Math.log(2));
    // The live grid follows the progress.
    expect(of('grid').length).toBeGreaterThan(1);
  });

  it('a capped run takes at most stepsPerSlice steps per slice', () => {
    const { send, runTasks, of } = harness();
    send({ type: 'configure', session: 's', setup: flower });
    send({ type: 'run', session: 's', maxIterations: 50, stepsPerSlice: 5 });
    runTasks();
    const sizes = of('progress').map((p) => p.iterations.length);
    expect(Math.max(...sizes)).toBe(5);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('pause stops a run; step takes exactly N steps; reset returns to the start', () => {
    const { send, runTasks, of, context } = harness();
    send({ type: 'configure', session: 's', setup: flower });
    send({ type: 'run', session: 's', maxIterations: 10_000 });
    send({ type: 'pause', session: 's' });
    runTasks();
    expect(of('progress').at(-1)!.status).toBe('paused');
    expect(context.sessions.get('s')!.trainer.iteration).toBe(0);
    send({ type: 'step', session: 's', count: 7 });
    expect(of('progress').at(-1)!.metrics.iteration).toBe(7);
    const costAfterSteps = of('progress').at(-1)!.metrics.cost;
    send({ type: 'reset', session: 's' });
    const reset = of('progress').at(-1)!;
    expect(reset.metrics.iteration).toBe(0);
    expect(reset.metrics.cost).not.toBe(costAfterSteps);
    expect(reset.metrics.cost).toBeCloseTo(of('configured')[0]!.metrics.cost, 10);
  });

  it('changes the learning rate while running and rejects a bad one with a message', () => {
    const { send, of, context } = harness();
    send({ type: 'configure', session: 's', setup: flower });
    send({ type: 'set-hyperparameter', session: 's', name: 'learningRate', value: 0.3 });
    expect(context.sessions.get('s')!.trainer.learningRate).toBe(0.3);
    send({ type: 'set-hyperparameter', session: 's', name: 'learningRate', value: -1 });
    expect(of('error').at(-1)!.message).toContain('positive');
    expect(context.sessions.get('s')!.trainer.learningRate).toBe(0.3);
  });

  it('a diverging run stops and reports the step and the cause', () => {
    const { send, runTasks, of } = harness();
    send({
      type: 'configure',
      session: 's',
      setup: { ...flower, options: { ...flower.options, learningRate: 1e6, init: 'xavier' } },
    });
    send({ type: 'run', session: 's', maxIterations: 1000 });
    runTasks();
    const [diverged] = of('diverged');
    expect(diverged).toBeDefined();
    expect(diverged!.iteration).toBeGreaterThan(0);
    expect(diverged!.cause).toMatch(/learning rate/);
    send({ type: 'run', session: 's', maxIterations: 10 });
    expect(of('error').at(-1)!.message).toContain('reset');
  });

  it('set-parameters replaces w and b, and evaluate-grid answers with its request id', () => {
    const { send, of } = harness();
    const lr: SessionSetup = {
      data: { kind: 'toy', name: 'blobs', m: 50, seed: 2 },
      options: { ...flower.options, config: { ...flower.options.config, layerSizes: [2, 1] } },
    };
    send({ type: 'configure', session: 'lr', setup: lr });
    const parameters = {
      W: [{ rows: 1, cols: 2, data: new Float32Array([3, -1]) }],
      b: [{ rows: 1, cols: 1, data: new Float32Array([0.5]) }],
    };
    send({ type: 'set-parameters', session: 'lr', parameters });
    expect(Array.from(of('progress').at(-1)!.parameters.W[0]!.data)).toEqual([3, -1]);
    send({ type: 'evaluate-grid', session: 'lr', requestId: 9, grid: flower.grid! });
    const grid = of('grid').at(-1)!;
    expect(grid.requestId).toBe(9);
    // Top-left cell (x1 = -3.8, x2 = 3.8): sigma(3 * -3.8 - 3.8 + 0.5)
    expect(grid.values[0]).toBeCloseTo(1 / (1 + Math.exp(-(3 * -3.8 - 3.8 + 0.5))), 5);
  });

  it('predict, export and import round-trip the model file', () => {
    const { send, of } = harness();
    send({ type: 'configure', session: 's', setup: flower });
    send({ type: 'step', session: 's', count: 20 });
    send({ type: 'export-model', session: 's', requestId: 1 });
    const model = of('model')[0]!.model as { format: string };
    expect(model.format).toBe('neural-notebook/model@1');
    const X = { rows: 2, cols: 1, data: new Float32Array([0.5, -0.5]) };
    send({ type: 'predict', session: 's', requestId: 2, X });
    const before = of('prediction')[0]!.A.data[0]!;
    send({ type: 'configure', session: 't', setup: flower });
    send({ type: 'import-model', session: 't', model });
    send({ type: 'predict', session: 't', requestId: 3, X });
    expect(of('prediction')[1]!.A.data[0]).toBeCloseTo(before, 6);
    send({ type: 'import-model', session: 't', model: { format: 'something-else' } });
    expect(of('error').at(-1)!.request).toBe('import-model');
  });

  it('requests for an unknown session get an error naming it, never a crash', () => {
    const { send, of } = harness();
    send({ type: 'run', session: 'nope', maxIterations: 5 });
    expect(of('error')[0]!.message).toContain('"nope"');
  });

  it('MNIST sessions queue requests until the data has loaded, with progress events', async () => {
    const files = { train: loadMnistNode('train'), test: loadMnistNode('test') };
    const { send, runTasks, of } = harness(async (onProgress) => {
      onProgress(50, 100);
      await Promise.resolve();
      onProgress(100, 100);
      return files;
    });
    send({
      type: 'configure',
      session: 'digits',
      setup: {
        data: { kind: 'mnist', task: { kind: 'pair', digits: [0, 1] }, limit: 500 },
        options: {
          config: {
            layerSizes: [784, 1],
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
      },
    });
    send({ type: 'step', session: 'digits', count: 10 });
    expect(of('configured')).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    runTasks();
    expect(of('data-progress').map((e) => e.loadedBytes)).toEqual([50, 100]);
    const [configured] = of('configured');
    expect(configured!.X.cols).toBe(0); // MNIST's X stays in the worker
    const progress = of('progress').at(-1)!;
    expect(progress.metrics.iteration).toBe(10);
    expect(progress.metrics.trainAccuracy).toBeGreaterThan(0.95);
    expect(progress.metrics.testAccuracy).toBeGreaterThan(0.95);
  });

  it('a failed MNIST download is reported on the session and retried by the next configure', async () => {
    let attempts = 0;
    const { send, of } = harness(() => {
      attempts += 1;
      return Promise.reject(new Error('HTTP 503'));
    });
    const setup: SessionSetup = {
      data: { kind: 'mnist', task: { kind: 'one-vs-rest', digit: 3 }, limit: 10 },
      options: { ...flower.options, config: { ...flower.options.config, layerSizes: [784, 1] } },
    };
    send({ type: 'configure', session: 'd', setup });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(of('error')[0]!.message).toContain('HTTP 503');
    expect(of('error')[0]!.request).toBe('configure');
    send({ type: 'configure', session: 'd', setup });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(attempts).toBe(2);
  });

  it('computes MNIST examples on request and names a computation it does not know', async () => {
    const files = { train: loadMnistNode('train'), test: loadMnistNode('test') };
    const { send, of } = harness(() => Promise.resolve(files));
    send({
      type: 'compute',
      session: null,
      requestId: 4,
      name: 'mnist-examples',
      input: { split: 'test', indices: [0, 1] },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const output = of('computed')[0]!.output as {
      X: { rows: number; cols: number };
      digits: Uint8Array;
    };
    expect(of('computed')[0]!.requestId).toBe(4);
    expect([output.X.rows, output.X.cols]).toEqual([784, 2]);
    expect(Array.from(output.digits)).toEqual([7, 2]); // the first two test digits
    send({
      type: 'compute',
      session: null,
      requestId: 5,
      name: 'no-such-thing' as 'mnist-examples',
      input: {},
    });
    expect(of('error').at(-1)).toMatchObject({ requestId: 5, request: 'compute' });
    expect(of('error').at(-1)!.message).toContain('no-such-thing');
  });
});
