import { describe, expect, it } from 'vitest';
import { zeros } from '../../../src/math/matrix.ts';
import { unitGridPixels } from './draw-unit-grid.ts';

const colours = {
  negative: [255, 0, 0] as [number, number, number],
  neutral: [255, 255, 255] as [number, number, number],
  positive: [0, 0, 255] as [number, number, number],
};

describe('unitGridPixels', () => {
  it('lays out one 28 x 28 tile per unit, each on its own scale', () => {
    const W = zeros(3, 784);
    W.data[0] = 0.5; // unit 0, pixel (0, 0): its largest weight, so full blue
    W.data[784 + 29] = -4; // unit 1, pixel (1, 1): full vermillion, whatever unit 0's scale
    const { rgba, width, height } = unitGridPixels(W, 2, colours, 2);
    expect(width).toBe(2 * 28 + 2);
    expect(height).toBe(2 * 28 + 2);
    const at = (x: number, y: number) =>
      Array.from(rgba.slice((y * width + x) * 4, (y * width + x) * 4 + 4));
    expect(at(0, 0)).toEqual([0, 0, 255, 255]);
    expect(at(30 + 1, 1)).toEqual([255, 0, 0, 255]);
    expect(at(28, 0)).toEqual([255, 255, 255, 255]); // the gap
    expect(at(1, 30 + 1)).toEqual([255, 255, 255, 255]); // unit 2: all zero
  });

  it('refuses a layer that does not take 784 pixels', () => {
    expect(() => unitGridPixels(zeros(2, 10), 2, colours)).toThrow(/784 columns/);
  });
});
