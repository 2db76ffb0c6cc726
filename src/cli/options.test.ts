import { describe, expect, it } from 'vitest';
import { DEFAULT_ITERATIONS, DEFAULTS, OptionsError, parseOptions } from './options';

describe('parseOptions', () => {
  it('defaults suit the flower', () => {
    const o = parseOptions([]);
    expect(o).toMatchObject({
      dataset: 'flower',
      learningRate: 1.2,
      init: 'random',
      initScale: 0.01,
      activation: 'tanh',
      hidden: [],
      iterations: DEFAULT_ITERATIONS,
      epochs: null,
    });
    expect(DEFAULTS.m).toBe(400);
  });

  it('reads every option, with a space or =', () => {
    const o = parseOptions([
      '--dataset', 'mnist', '--task', '3,5', '--limit=1000', '--hidden', '128,64', '--activation', 'relu',
      '--init', 'he', '--init-scale', '2', '--loss', 'squared-error', '--optimizer=adam', '--learning-rate', '0.001',
      '--epochs', '2', '--batch-size', '128', '--seed', '-7', '--load', 'a.json', '--save', 'b.json', '--gradient-check',
      '--output', 'softmax',
    ]); // prettier-ignore
    expect(o).toMatchObject({
      dataset: 'mnist', task: { kind: 'pair', digits: [3, 5] }, limit: 1000, hidden: [128, 64], activation: 'relu',
      init: 'he', initScale: 2, loss: 'squared-error', optimizer: 'adam', learningRate: 0.001, epochs: 2,
      batchSize: 128, seed: -7, load: 'a.json', save: 'b.json', gradientCheck: true, output: 'softmax', iterations: null,
    }); // prettier-ignore
    expect(parseOptions(['--dataset', 'mnist', '--task', '7']).task).toEqual({
      kind: 'one-vs-rest',
      digit: 7,
    });
    expect(parseOptions(['--dataset', 'mnist', '--task', 'all']).task).toEqual({ kind: 'all' });
    expect(parseOptions(['--hidden', 'none']).hidden).toEqual([]);
    expect(parseOptions(['--batch-size', '32']).epochs).toBe(1);
    expect(parseOptions(['--help']).help).toBe(true);
  });

  const bad: [string[], string][] = [
    [['--init', 'bogus'], "--init must be one of zeros, random, xavier, he; got 'bogus'"],
    [
      ['--dataset', 'cats'],
      '--dataset must be one of flower, moons, circles, xor, spiral, blobs, mnist',
    ],
    [
      ['--activation', 'swish'],
      '--activation must be one of sigmoid, tanh, relu, leaky-relu, linear',
    ],
    [['--optimizer', 'sgd'], '--optimizer must be one of gd, momentum, adam'],
    [['--learning-rate', '0'], "--learning-rate must be a positive number; got '0'"],
    [['--learning-rate', 'fast'], '--learning-rate must be a positive number'],
    [['--iterations', '1.5'], '--iterations must be a whole number from 0'],
    [['--hidden', '4,x'], "--hidden must be a whole number from 1 to 4096; got 'x'"],
    [['--hidden', '0'], '--hidden must be a whole number from 1 to 4096'],
    [['--dataset', 'mnist', '--task', '12'], '--task must be a digit 0-9'],
    [['--dataset', 'mnist', '--task', '3,3'], '--task needs two different digits'],
    [['--task', '3'], '--task and --limit are for --dataset mnist'],
    [['--iterations', '5', '--epochs', '2'], '--iterations and --epochs cannot be used together'],
    [['--dataset', 'moons', '--data', 'x.csv'], '--dataset and --data cannot be used together'],
    [['--learning-rate'], '--learning-rate needs a value'],
    [['--frobnicate', '1'], 'unknown option --frobnicate'],
    [['flower'], "unexpected argument 'flower'"],
    [['--help=yes'], '--help takes no value'],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${argv.join(' ')}`, () => {
      expect(() => parseOptions(argv)).toThrow(OptionsError);
      expect(() => parseOptions(argv)).toThrow(message);
    });
  }
});
