import { describe, expect, it } from 'vitest';
import { fromRows, zeros } from '../math/matrix';
import { maxRowDifference } from './hidden-unit-spread';

describe('maxRowDifference', () => {
  it('is 0 for equal rows and for a single row', () => {
    expect(maxRowDifference(zeros(4, 2))).toBe(0);
    expect(
      maxRowDifference(
        fromRows([
          [0.3, -2],
          [0.3, -2],
        ]),
      ),
    ).toBe(0);
    expect(maxRowDifference(fromRows([[5, 7]]))).toBe(0);
  });

  it('is the largest entry-wise difference between any two rows', () => {
    const W = fromRows(
      [
        [1, 0],
        [0.5, 3],
        [-1, 1],
      ],
      'float64',
    );
    expect(maxRowDifference(W)).toBe(3); // column 2: 3 - 0
  });
});

describe('symmetry under zero initialisation', () => {
  it('keeps every hidden unit identical while random initialisation does not', async () => {
    const { makeToyDataset } = await import('../data/toy');
    const { Trainer } = await import('../train/trainer');
    const data = makeToyDataset('flower', { m: 100, seed: 1 });
    const spread = (init: 'zeros' | 'random') => {
      const trainer = new Trainer(
        {
          config: {
            layerSizes: [2, 4, 1],
            hiddenActivation: 'tanh',
            outputActivation: 'sigmoid',
            loss: 'cross-entropy',
          },
          init,
          optimizer: 'gd',
          learningRate: 1.2,
          seed: 1,
        },
        data,
      );
      trainer.step(300);
      return maxRowDifference(trainer.params.W[0]!);
    };
    expect(spread('zeros')).toBe(0);
    expect(spread('random')).toBeGreaterThan(0.1);
  });
});
