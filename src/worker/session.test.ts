import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '../data/mnist-node';
import type { SessionSetup } from './protocol';
import {
  createSession,
  LARGE_METRICS_INTERVAL_MS,
  LIVE_EVALUATION_SPACING,
  LIVE_TRAIN_SAMPLE,
  metricsOf,
  type MnistFiles,
} from './session';

const files: MnistFiles = { train: loadMnistNode('train'), test: loadMnistNode('test') };

/** All ten digits, the first 6,000 training images, a small network in mini-batches of 128. */
const digits: SessionSetup = {
  data: { kind: 'mnist', task: { kind: 'all' }, limit: 6000 },
  options: {
    config: {
      layerSizes: [784, 16, 10],
      hiddenActivation: 'relu',
      outputActivation: 'softmax',
      loss: 'cross-entropy',
    },
    init: 'he',
    optimizer: 'adam',
    learningRate: 0.003,
    batchSize: 128,
    seed: 1,
  },
};

/** A clock the test moves by hand. */
function manualClock() {
  const state = { now: 0 };
  return { state, clock: () => state.now };
}

describe('session metrics on MNIST', () => {
  it('reports epochs, a live train sample and the test accuracy with its iteration', () => {
    const session = createSession(digits, files);
    const { clock } = manualClock();
    const first = metricsOf(session, clock, false);
    expect(first.stepsPerEpoch).toBe(47); // ceil(6000 / 128)
    expect(first.epoch).toBe(0);
    expect(first.trainExamples).toBe(LIVE_TRAIN_SAMPLE);
    expect(first.testIteration).toBe(0);
    expect(first.testAccuracy).toBeLessThan(0.3); // untrained
    // The live sample is the first 5,000 training images: the same numbers evaluate gives.
    const { X, Y } = session.data;
    const sample = session.liveSample!;
    expect([sample.X.rows, sample.X.cols]).toEqual([784, LIVE_TRAIN_SAMPLE]);
    expect(sample.X.data[300 * LIVE_TRAIN_SAMPLE + 17]).toBe(X.data[300 * X.cols + 17]);
    expect(sample.Y.data[3 * LIVE_TRAIN_SAMPLE + 4999]).toBe(Y.data[3 * Y.cols + 4999]);
    expect(first.cost).toBeCloseTo(session.trainer.evaluate(sample.X, sample.Y).cost, 10);
  });

  it('repeats the last numbers between evaluations, refreshing after the interval', () => {
    const session = createSession(digits, files);
    const { state, clock } = manualClock();
    const first = metricsOf(session, clock, false);
    session.trainer.step(10);
    state.now += LARGE_METRICS_INTERVAL_MS - 1;
    const between = metricsOf(session, clock, false);
    expect(between.iteration).toBe(10);
    expect(between.epoch).toBeCloseTo(10 / 47, 10);
    expect(between.cost).toBe(first.cost);
    expect(between.testAccuracy).toBe(first.testAccuracy);
    expect(between.testIteration).toBe(0); // the test accuracy is still that of iteration 0
    state.now += 1;
    const refreshed = metricsOf(session, clock, false);
    expect(refreshed.testIteration).toBe(10);
    expect(refreshed.testAccuracy).toBeGreaterThan(first.testAccuracy!);
  });

  it('refreshes at the end of every epoch, whatever the clock says', () => {
    const session = createSession(digits, files);
    const { clock } = manualClock();
    metricsOf(session, clock, false);
    session.trainer.step(46);
    expect(metricsOf(session, clock, false).testIteration).toBe(0);
    session.trainer.step(1); // the 47th step ends epoch 1
    const end = metricsOf(session, clock, false);
    expect(end.epoch).toBe(1);
    expect(end.testIteration).toBe(47);
  });

  it('spaces slow evaluations so they take at most a sixth of the time', () => {
    const session = createSession(digits, files);
    const { state, clock } = manualClock();
    const evaluate = session.trainer.evaluate.bind(session.trainer);
    session.trainer.evaluate = (X, Y) => {
      state.now += 200; // the train sample and the test set take 200 ms each
      return evaluate(X, Y);
    };
    metricsOf(session, clock, false);
    expect(session.evaluationMs).toBe(400);
    session.trainer.step(1);
    state.now += LIVE_EVALUATION_SPACING * 400 - 1;
    expect(metricsOf(session, clock, false).testIteration).toBe(0);
    state.now += 1;
    expect(metricsOf(session, clock, false).testIteration).toBe(1);
  });

  it('measures the whole training set when asked for fresh numbers (pause, step, done)', () => {
    const session = createSession(digits, files);
    session.trainer.step(5);
    const fresh = metricsOf(session);
    expect(fresh.trainExamples).toBe(6000);
    expect(fresh.testIteration).toBe(5);
    expect(fresh.cost).toBeCloseTo(
      session.trainer.evaluate(session.data.X, session.data.Y).cost,
      10,
    );
  });

  it('measures the whole training set live when training is full-batch (lesson 10)', () => {
    const session = createSession(
      {
        data: { kind: 'mnist', task: { kind: 'pair', digits: [3, 5] }, limit: 6000 },
        options: {
          ...digits.options,
          config: { ...digits.options.config, layerSizes: [784, 1], outputActivation: 'sigmoid' },
          init: 'zeros',
          optimizer: 'gd',
          learningRate: 0.5,
          batchSize: null,
        },
      },
      files,
    );
    const live = metricsOf(session, () => 0, false);
    expect(live.trainExamples).toBe(6000);
    expect(live.stepsPerEpoch).toBe(1);
    expect(live.cost).toBeCloseTo(Math.log(2), 6);
  });
});
