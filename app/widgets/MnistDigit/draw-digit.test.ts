import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/math/matrix.ts';
import { columnOf, cssColour, greyPixels } from './draw-digit.ts';

describe('draw-digit', () => {
  it('reads column i of X (rows = pixels, one image per column)', () => {
    const X = matrix(3, 2, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    expect(Array.from(columnOf(X, 1))).toEqual([
      Math.fround(0.2),
      Math.fround(0.4),
      Math.fround(0.6),
    ]);
  });

  it('blends from paper at 0 to ink at 1, opaque', () => {
    const rgba = greyPixels([0, 1, 0.5], [0, 0, 0], [200, 100, 50]);
    expect(Array.from(rgba.slice(0, 4))).toEqual([200, 100, 50, 255]);
    expect(Array.from(rgba.slice(4, 8))).toEqual([0, 0, 0, 255]);
    expect(Array.from(rgba.slice(8, 12))).toEqual([100, 50, 25, 255]);
  });

  it('reads the short #rgb form the build produces', () => {
    expect(cssColour(' #fff')).toEqual([255, 255, 255]);
    expect(cssColour('#1a1c20')).toEqual([26, 28, 32]);
    expect(cssColour('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
  });
});
