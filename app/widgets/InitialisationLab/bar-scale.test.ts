import { describe, expect, it } from 'vitest';
import { barScale } from './bar-scale.ts';

describe('barScale', () => {
  it('rounds the largest weight up to 1, 2 or 5 times a power of ten', () => {
    expect(barScale(0)).toBe(1);
    expect(barScale(0.013)).toBe(0.02);
    expect(barScale(3.2)).toBe(5);
    expect(barScale(17)).toBe(20);
    expect(barScale(10)).toBe(10);
  });
});
