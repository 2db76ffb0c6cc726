import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatRate,
  gridToView,
  parametersAt,
  plotScales,
  shade,
  themeColour,
} from './draw-surface.ts';

const bounds = { wMin: -16, wMax: 4, bMin: -11, bMax: 9 };

describe('contour plot geometry', () => {
  it('puts grid row 0 at the top (largest b) and the last column at the right (largest w)', () => {
    const scales = plotScales(bounds);
    const toView = gridToView(scales, bounds, 5);
    expect(toView.y(0)).toBe(scales.b(9));
    expect(toView.x(4)).toBe(scales.w(4));
    expect(toView.x(2)).toBeCloseTo(scales.w(-6), 12);
  });

  it('reads (w, b) back from a click, rounded and clamped', () => {
    const scales = plotScales(bounds);
    expect(parametersAt(scales, bounds, scales.w(-5.53), scales.b(-0.53))).toEqual({
      w: -5.5,
      b: -0.5,
    });
    expect(parametersAt(scales, bounds, -100, 1000)).toEqual({ w: -16, b: -11 });
  });

  it('shades the minimum darkest and the largest J lightest', () => {
    expect(shade(0.16, 0.16, 7)).toBe(1);
    expect(shade(7, 0.16, 7)).toBeCloseTo(0, 12);
    expect(shade(1, 0.16, 7)).toBeGreaterThan(0);
  });

  it('formats numbers and rates', () => {
    expect(formatNumber(-0.0001)).toBe('0.000');
    expect(formatNumber(123456)).toBe('1.23e+5');
    expect(formatRate(20.448969)).toBe('20.45');
    expect(formatRate(0.1)).toBe('0.1');
  });
});

describe('theme colours', () => {
  it('reads long and short hex (the build minifies #ffffff to #fff)', () => {
    expect(themeColour(' #fff')).toEqual([255, 255, 255]);
    expect(themeColour('#0a66a8')).toEqual([10, 102, 168]);
  });
});
