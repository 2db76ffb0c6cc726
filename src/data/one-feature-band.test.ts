import { describe, expect, it } from 'vitest';
import { BAND_GROUPS, makeBandDataset } from './one-feature-band';

describe('makeBandDataset', () => {
  it('puts perGroup points near each centre with its label', () => {
    const { x, y } = makeBandDataset({ seed: 1, perGroup: 5 });
    expect(x).toHaveLength(20);
    BAND_GROUPS.forEach(([centre, label], g) => {
      for (let k = 0; k < 5; k++) {
        expect(Math.abs(x[g * 5 + k]! - centre)).toBeLessThan(1.5);
        expect(y[g * 5 + k]).toBe(label);
      }
    });
  });

  it('is reproducible from the seed and differs between seeds', () => {
    const a = makeBandDataset({ seed: 4 });
    expect(makeBandDataset({ seed: 4 }).x).toEqual(a.x);
    expect(makeBandDataset({ seed: 5 }).x).not.toEqual(a.x);
  });

  it('rejects a group size that is not a whole number', () => {
    expect(() => makeBandDataset({ seed: 1, perGroup: 0 })).toThrow(/perGroup/);
  });
});
