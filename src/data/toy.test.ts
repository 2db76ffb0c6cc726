import { describe, expect, it } from 'vitest';
import { TOY_DATASET_NAMES, makeToyDataset } from './toy';

describe('makeToyDataset', () => {
  for (const name of TOY_DATASET_NAMES) {
    it(`${name}: X (2, m), Y (1, m), labels 0/1, reproducible from the seed`, () => {
      const a = makeToyDataset(name, { m: 101, seed: 3 });
      expect([a.X.rows, a.X.cols, a.Y.rows, a.Y.cols]).toEqual([2, 101, 1, 101]);
      expect(Array.from(a.Y.data)).toEqual(Array.from(a.labels));
      expect(new Set(a.labels)).toEqual(new Set([0, 1]));
      expect(Array.from(a.X.data).every(Number.isFinite)).toBe(true);
      expect(Array.from(makeToyDataset(name, { m: 101, seed: 3 }).X.data)).toEqual(
        Array.from(a.X.data),
      );
      expect(Array.from(makeToyDataset(name, { m: 101, seed: 4 }).X.data)).not.toEqual(
        Array.from(a.X.data),
      );
    });
  }

  it('the flower: 200 points per class on r = 4 sin(4t) petals', () => {
    const { X, labels } = makeToyDataset('flower', { m: 400, seed: 1, noise: 0 });
    expect(labels.filter((y) => y === 0).length).toBe(200);
    for (let i = 0; i < 400; i++) {
      const x1 = X.data[i]!;
      const x2 = X.data[400 + i]!;
      // Without noise, (x1, x2) = r (sin t, cos t) with t = linspace(3.12 j, 3.12 (j+1), 200)[i].
      const j = labels[i]!;
      const t = 3.12 * j + (3.12 * (i - 200 * j)) / 199;
      const r = 4 * Math.sin(4 * t);
      expect(x1).toBeCloseTo(r * Math.sin(t), 5);
      expect(x2).toBeCloseTo(r * Math.cos(t), 5);
    }
  });

  it('blobs can have K classes with one-hot Y', () => {
    const { Y, labels } = makeToyDataset('blobs', { m: 90, seed: 1, classes: 3 });
    expect([Y.rows, Y.cols]).toEqual([3, 90]);
    expect(new Set(labels)).toEqual(new Set([0, 1, 2]));
  });

  it('rejects bad options', () => {
    expect(() => makeToyDataset('flower', { m: 0, seed: 1 })).toThrow('m must be a whole number');
    expect(() => makeToyDataset('flower', { m: 10, seed: 1, noise: -1 })).toThrow('noise');
    expect(() => makeToyDataset('donut' as never, { m: 10, seed: 1 })).toThrow(
      "unknown data set 'donut'",
    );
  });
});
