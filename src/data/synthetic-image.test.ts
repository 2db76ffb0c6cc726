import { describe, expect, it } from 'vitest';
import { featureIndex, syntheticImage, unrollImage } from './synthetic-image';

describe('synthetic colour image and its unrolling', () => {
  it('is 64 x 64 x 3 = 12288 bytes and the same for the same seed', () => {
    const a = syntheticImage(7);
    expect(a.width * a.height * 3).toBe(12288);
    expect(a.pixels.length).toBe(12288);
    expect(Array.from(syntheticImage(7).pixels)).toEqual(Array.from(a.pixels));
    expect(Array.from(syntheticImage(8).pixels)).not.toEqual(Array.from(a.pixels));
  });

  it('unrolls all red values first, then green, then blue, row by row', () => {
    const image = syntheticImage(3, 4);
    const x = unrollImage(image);
    expect(x.length).toBe(48);
    // red of pixel (0, 0), red of (0, 1), ..., then green of (0, 0) at 16, blue of (0, 0) at 32
    expect(x[0]).toBe(image.pixels[0]);
    expect(x[1]).toBe(image.pixels[3]);
    expect(x[16]).toBe(image.pixels[1]);
    expect(x[32]).toBe(image.pixels[2]);
    expect(featureIndex(image, 2, 3, 3)).toBe(47);
    expect(x[47]).toBe(image.pixels[(3 * 4 + 3) * 3 + 2]);
  });

  it('refuses a silly size', () => {
    expect(() => syntheticImage(1, 2)).toThrow(/size/);
  });
});
