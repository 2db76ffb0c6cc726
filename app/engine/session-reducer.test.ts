import { describe, expect, it } from 'vitest';
import type { WorkerEvent } from '../../src/worker/protocol.ts';
import {
  initialSessionState,
  reduceSession,
  settledKeys,
  type SessionChange,
  type SessionState,
} from './session-reducer.ts';

const params = {
  W: [{ rows: 1, cols: 2, data: new Float32Array([1, 2]) }],
  b: [{ rows: 1, cols: 1, data: new Float32Array([0]) }],
};
const X = { rows: 2, cols: 3, data: new Float32Array(6) };
const metrics = (iteration: number) => ({
  iteration,
  cost: 0.5,
  trainAccuracy: 0.75,
  testAccuracy: null,
});
const configured: SessionChange = {
  type: 'configured',
  session: 's',
  X,
  labels: new Uint8Array(3),
  metrics: metrics(0),
  parameters: params,
};
function progress(iterations: number[], status: 'running' | 'paused' = 'running'): SessionChange {
  return {
    type: 'progress',
    session: 's',
    status,
    iterations: Float64Array.from(iterations),
    costs: Float64Array.from(iterations.map((i) => 1 / i)),
    metrics: metrics(iterations.at(-1) ?? 0),
    parameters: { ...params },
  };
}
const replay = (changes: SessionChange[], from: SessionState = initialSessionState()) =>
  changes.reduce(reduceSession, from);

describe('reduceSession', () => {
  it('never changes the state it is given', () => {
    const before = replay([configured]);
    const frozen = JSON.stringify(before.view);
    const after = reduceSession(before, progress([1, 2]));
    expect(JSON.stringify(before.view)).toBe(frozen);
    expect(before.data.parameters).toBe(params);
    expect(after.data).not.toBe(before.data);
  });

  it('keeps the data from configured and the parameters from each progress', () => {
    const ready = replay([{ type: 'configure-sent' }, configured]);
    expect(ready.view.status).toBe('idle');
    expect(ready.data.X).toBe(X);
    const step = progress([1, 2, 3]);
    const trained = replay([{ type: 'run-sent' }, step], ready);
    expect(trained.view.status).toBe('running');
    expect(trained.view.iteration).toBe(3);
    expect(trained.view.history.iterations).toEqual([1, 2, 3]);
    expect(trained.data.X).toBe(X);
    expect(trained.data.parameters).toBe((step as { parameters: unknown }).parameters);
  });

  it('a new configure starts over: no data, no history, status configuring', () => {
    const state = replay([configured, progress([1, 2]), { type: 'configure-sent' }]);
    expect(state.view.status).toBe('configuring');
    expect(state.view.history.iterations).toEqual([]);
    expect(state.data).toEqual({ X: null, labels: null, parameters: null, grid: null });
  });

  it('after a worker restart, counts on from the iteration reached', () => {
    const before = replay([configured, progress([1, 2, 3, 4], 'paused')]);
    const restarted = replay([{ type: 'worker-restarted' }, configured], before);
    expect(restarted.offset).toBe(4);
    expect(restarted.view.status).toBe('paused');
    expect(restarted.view.iteration).toBe(4);
    const on = reduceSession(restarted, progress([1]));
    expect(on.view.history.iterations).toEqual([1, 2, 3, 4, 5]);
    expect(on.view.iteration).toBe(5);
  });

  it('clearing the history (reset, new parameters) forgets divergence, error and offset', () => {
    const diverged = replay([
      configured,
      { type: 'worker-restarted' },
      {
        type: 'diverged',
        session: 's',
        iteration: 7,
        cause: 'boom',
        code: 'diverged-cost-grew',
        params: {},
      },
    ]);
    expect(diverged.view.status).toBe('diverged');
    const cleared = reduceSession(diverged, { type: 'history-cleared' });
    expect(cleared.view.divergence).toBeNull();
    expect(cleared.offset).toBe(0);
    expect(cleared.view.history.iterations).toEqual([]);
  });

  it('a diverged run stays diverged through later progress until it runs again', () => {
    const state = replay([
      configured,
      {
        type: 'diverged',
        session: 's',
        iteration: 3,
        cause: 'boom',
        code: 'diverged-cost-grew',
        params: {},
      },
      progress([3], 'paused'),
    ]);
    expect(state.view.status).toBe('diverged');
    expect(reduceSession(state, progress([4], 'running')).view.status).toBe('running');
  });

  it('a failed configure marks the session failed; other errors stop a run', () => {
    const error = (request: 'configure' | 'run'): SessionChange => ({
      type: 'error',
      session: 's',
      request,
      requestId: null,
      message: 'bad',
      error: { message: 'bad', code: 'csv-empty', params: {} },
    });
    expect(replay([{ type: 'configure-sent' }, error('configure')]).view.status).toBe('failed');
    const running = replay([configured, { type: 'run-sent' }, error('run')]);
    expect(running.view.status).toBe('idle');
    expect(running.view.error?.code).toBe('csv-empty');
  });

  it('keeps the newest grid and the download progress', () => {
    const values = new Float32Array(4);
    const state = replay([
      { type: 'data-progress', session: 's', loadedBytes: 10, totalBytes: 100 },
      configured,
      {
        type: 'grid',
        session: 's',
        requestId: null,
        grid: { bounds: { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, resolution: 2 },
        values,
        iteration: 0,
      },
    ]);
    expect(state.view.loading).toBeNull();
    expect(state.data.grid?.values).toBe(values);
    expect(state.data.X).toBe(X);
  });
});

describe('settledKeys', () => {
  it('names the latest-wins requests an event answers', () => {
    expect(settledKeys(progress([1]) as Extract<WorkerEvent, { type: 'progress' }>)).toEqual([
      's:parameters',
    ]);
    const grid = {
      type: 'grid' as const,
      session: 's',
      grid: { bounds: { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, resolution: 2 },
      values: new Float32Array(4),
      iteration: 0,
    };
    expect(settledKeys({ ...grid, requestId: 0 })).toEqual(['s:grid']);
    // A grid sent with progress answers no request.
    expect(settledKeys({ ...grid, requestId: null })).toEqual([]);
  });
});
