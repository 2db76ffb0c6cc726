import { describe, expect, it } from 'vitest';
import type { IdxImages } from './mnist';
import { inkFeature, meanInk } from './mnist-ink';

/** Three 2x2 "images": digit 0 with pixels all 255, digit 1 with one pixel 255, digit 7 ignored. */
const images: IdxImages = {
  count: 3,
  rows: 2,
  cols: 2,
  pixels: Uint8Array.from([255, 255, 255, 255, 255, 0, 0, 0, 9, 9, 9, 9]),
};
const labels = Uint8Array.from([0, 1, 7]);

describe('inkFeature', () => {
  it('measures mean ink as the average pixel / 255', () => {
    expect(meanInk(images, 0)).toBe(1);
    expect(meanInk(images, 1)).toBe(0.25);
  });

  it('keeps only 0s and 1s, labels 1 as y = 1, and standardises the feature', () => {
    const f = inkFeature(images, labels);
    expect(Array.from(f.y)).toEqual([0, 1]);
    expect(f.inkMean).toBeCloseTo(0.625, 12);
    expect(f.inkStd).toBeCloseTo(0.375, 12);
    expect(Array.from(f.x)).toEqual([1, -1]);
    expect([f.zeros, f.ones]).toEqual([1, 1]);
  });
});
