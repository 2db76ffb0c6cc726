import { describe, expect, it } from 'vitest';
import { summarize, weightPixels } from './draw-weights.ts';

const colours = { negative: [200, 0, 0], neutral: [255, 255, 255], positive: [0, 0, 200] } as const;

describe('w as a picture', () => {
  it('finds the extreme weights and where they are (1-based row, column)', () => {
    const w = new Float32Array(784);
    w[28 * 2 + 5] = -0.5;
    w[783] = 0.25;
    const s = summarize(w);
    expect(s.min).toBe(-0.5);
    expect(s.max).toBe(0.25);
    expect(s.limit).toBe(0.5);
    expect(s.argMin).toEqual([3, 6]);
    expect(s.argMax).toEqual([28, 28]);
  });

  it('maps -limit, 0 and +limit to the two ends and the neutral middle', () => {
    const rgba = weightPixels([-1, 0, 1, 0.5], 1, colours);
    expect(Array.from(rgba.slice(0, 4))).toEqual([200, 0, 0, 255]);
    expect(Array.from(rgba.slice(4, 8))).toEqual([255, 255, 255, 255]);
    expect(Array.from(rgba.slice(8, 12))).toEqual([0, 0, 200, 255]);
    expect(Array.from(rgba.slice(12, 15))).toEqual([128, 128, 228]);
  });

  it('draws w = 0 (the zero initialisation) as the neutral colour everywhere', () => {
    const rgba = weightPixels(new Float32Array(3), 0, colours);
    expect(Array.from(rgba.slice(8, 12))).toEqual([255, 255, 255, 255]);
  });
});
