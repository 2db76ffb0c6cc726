import { describe, expect, it } from 'vitest';
import { readNudge } from '../../../src/math/difference-quotient.ts';
import {
  aAfterKey,
  aAtFraction,
  formatShort,
  readingDecimals,
  trianglePoints,
  zoomScales,
} from './draw-derivative.ts';

describe('lesson 5 plot geometry', () => {
  it('shows three more decimals than the nudge has', () => {
    expect(readingDecimals(0.001)).toBe(6);
    expect(readingDecimals(0.1)).toBe(4);
    expect(readingDecimals(1)).toBe(3);
    expect(readingDecimals(1e-12)).toBe(12);
  });

  it('moves a by keys within the function’s range', () => {
    expect(aAfterKey('square', 2, 'ArrowRight', false)).toBe(2.1);
    expect(aAfterKey('square', 2, 'ArrowLeft', true)).toBe(1);
    expect(aAfterKey('log', 0.3, 'ArrowLeft', true)).toBe(0.2);
    expect(aAfterKey('cube', 2, 'End', false)).toBe(6);
    expect(aAfterKey('cube', 2, 'x', false)).toBeNull();
    expect(aAtFraction('square', 0.5)).toBe(1.5);
  });

  it('magnifies the nudge so the triangle fills the zoomed plot', () => {
    const reading = readNudge('square', 2, 0.001);
    const scales = zoomScales(reading);
    const t = trianglePoints(reading, scales);
    const [left, right] = scales.x.range() as [number, number];
    const [bottom, top] = scales.y.range() as [number, number];
    // The width spans 1/1.6 of the plot, the height 1/1.6 as well.
    expect((t.x1 - t.x0) / (right - left)).toBeCloseTo(1 / 1.6, 9);
    expect((t.y0 - t.y1) / (bottom - top)).toBeCloseTo(1 / 1.6, 9);
  });

  it('formats without trailing zeros', () => {
    expect(formatShort(0.001)).toBe('0.001');
    expect(formatShort(4)).toBe('4');
    expect(formatShort(Number.NaN)).toBe('—');
  });
});
