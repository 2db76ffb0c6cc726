import { describe, expect, it } from 'vitest';
import { activations, LEAKY_SLOPE } from '../../../src/math/activations.ts';
import {
  curvePath,
  formatFixed,
  formatShort,
  fractionOfZ,
  plotGeometry,
  plotScales,
  PLOTTED_ACTIVATIONS,
  sampleCurve,
  saturationBands,
  SATURATION_CUTOFF,
  summarizeBands,
  Z_MAX,
  Z_MIN,
  zAfterKey,
  zAtFraction,
} from './draw-activation.ts';

/** Number of separate pieces ("M" commands) in an SVG path. */
const pieces = (d: string) => d.split('M').length - 1;

describe('saturation bands', () => {
  it('finds sigmoid saturating where a(1 - a) = cutoff, i.e. |z| > ln((1 + r) / (1 - r)), r = sqrt(1 - 4c)', () => {
    const r = Math.sqrt(1 - 4 * SATURATION_CUTOFF);
    const exact = Math.log((1 + r) / (1 - r));
    const bands = saturationBands(activations.sigmoid.dg);
    expect(bands).toHaveLength(2);
    expect(bands[0]!.z0).toBe(Z_MIN);
    expect(bands[0]!.z1).toBeCloseTo(-exact, 9);
    expect(bands[1]!.z0).toBeCloseTo(exact, 9);
    expect(bands[1]!.z1).toBe(Z_MAX);
    const summary = summarizeBands(bands, activations.sigmoid.dg);
    expect(summary.kind).toBe('symmetric');
    expect(summary.kind === 'symmetric' && formatShort(summary.threshold, 2)).toBe('2.06');
  });

  it('finds tanh saturating where 1 - a^2 = cutoff, i.e. |z| > atanh(sqrt(1 - c))', () => {
    const exact = Math.atanh(Math.sqrt(1 - SATURATION_CUTOFF));
    const summary = summarizeBands(saturationBands(activations.tanh.dg), activations.tanh.dg);
    expect(summary.kind).toBe('symmetric');
    if (summary.kind === 'symmetric') expect(summary.threshold).toBeCloseTo(exact, 9);
  });

  it('uses the cutoff it is given', () => {
    // The notes' looser reading, g' < 0.05, puts sigmoid's threshold near 2.9.
    const summary = summarizeBands(
      saturationBands(activations.sigmoid.dg, 0.05),
      activations.sigmoid.dg,
    );
    expect(summary.kind === 'symmetric' && formatShort(summary.threshold, 1)).toBe('2.9');
  });

  it('marks the dead side of ReLU (g = 0) and the leaky side of leaky ReLU (g = 0.01)', () => {
    const relu = summarizeBands(saturationBands(activations.relu.dg), activations.relu.dg);
    expect(relu).toEqual({ kind: 'below', threshold: expect.closeTo(0, 9), slope: 0 });
    const leaky = summarizeBands(
      saturationBands(activations['leaky-relu'].dg),
      activations['leaky-relu'].dg,
    );
    expect(leaky).toEqual({ kind: 'below', threshold: expect.closeTo(0, 9), slope: LEAKY_SLOPE });
    expect(relu.kind === 'below' && formatShort(relu.threshold, 2)).toBe('0');
  });

  it('finds no band for a function whose slope never drops', () => {
    expect(saturationBands(activations.linear.dg)).toEqual([]);
    expect(summarizeBands([], activations.linear.dg)).toEqual({ kind: 'none' });
  });

  it('reports bands that are neither symmetric nor one-sided as they are', () => {
    const bump = (z: number) => (z > 1 && z < 2 ? 0 : 1);
    const summary = summarizeBands(saturationBands(bump), bump);
    expect(summary.kind).toBe('other');
    if (summary.kind === 'other') {
      expect(summary.bands).toHaveLength(1);
      expect(summary.bands[0]!.z0).toBeCloseTo(1, 9);
      expect(summary.bands[0]!.z1).toBeCloseTo(2, 9);
    }
  });
});

describe('sampled curves and scales', () => {
  it('samples the whole range, z = 0 included, in one piece for smooth functions', () => {
    const points = sampleCurve(activations.sigmoid.g, 200);
    expect(points).toHaveLength(201);
    expect(points[0]![0]).toBe(Z_MIN);
    expect(points[200]![0]).toBe(Z_MAX);
    expect(points.some(([z]) => z === 0)).toBe(true);
    expect(points.every(([z, y]) => y === activations.sigmoid.g(z))).toBe(true);
    // ReLU itself is continuous: its kink is not a break.
    expect(sampleCurve(activations.relu.g).some(([, y]) => Number.isNaN(y))).toBe(false);
  });

  it("breaks ReLU' and leaky ReLU' at the jump instead of drawing a vertical line", () => {
    for (const name of ['relu', 'leaky-relu'] as const) {
      const points = sampleCurve(activations[name].dg);
      const gaps = points.filter(([, y]) => Number.isNaN(y));
      expect(gaps).toHaveLength(1);
      expect(gaps[0]![0]).toBeCloseTo(0, 9);
      const geometry = plotGeometry(name);
      expect(pieces(geometry.dgPath)).toBe(2);
      expect(pieces(geometry.gPath)).toBe(1);
    }
    expect(pieces(plotGeometry('sigmoid').dgPath)).toBe(1);
  });

  it('fits every value of g and g’ inside the y domain, with 0 in it', () => {
    for (const name of PLOTTED_ACTIVATIONS) {
      const { y } = plotScales(name);
      const [low, high] = y.domain() as [number, number];
      expect(low).toBeLessThanOrEqual(0);
      expect(high).toBeGreaterThanOrEqual(0);
      for (const [z] of sampleCurve(activations[name].g)) {
        for (const v of [activations[name].g(z), activations[name].dg(z)]) {
          expect(v).toBeGreaterThanOrEqual(low);
          expect(v).toBeLessThanOrEqual(high);
        }
      }
    }
    expect(plotScales('sigmoid').y.domain()).toEqual([0, 1]);
    expect(plotScales('tanh').y.domain()).toEqual([-1, 1]);
  });

  it('maps the curve into the plot area', () => {
    const scales = plotScales('tanh');
    const d = curvePath(sampleCurve(activations.tanh.g, 4), scales);
    const [x0, y0] = d.slice(1).split(/[L,]/).map(Number);
    expect(x0).toBeCloseTo(scales.x(Z_MIN), 2);
    expect(y0).toBeCloseTo(scales.y(Math.tanh(Z_MIN)), 2);
    expect(pieces(d)).toBe(1);
    expect(d.split('L')).toHaveLength(5);
  });
});

describe('z: keys, pointer and URL', () => {
  it('steps by 0.1 with the arrows and by 1 with Shift or Page Up/Down, without drift', () => {
    expect(zAfterKey(0, 'ArrowRight', false)).toBe(0.1);
    expect(zAfterKey(0, 'ArrowUp', false)).toBe(0.1);
    expect(zAfterKey(0, 'ArrowLeft', false)).toBe(-0.1);
    expect(zAfterKey(0.2, 'ArrowRight', false)).toBe(0.3);
    expect(zAfterKey(0, 'ArrowRight', true)).toBe(1);
    expect(zAfterKey(0, 'ArrowDown', true)).toBe(-1);
    expect(zAfterKey(1.5, 'PageDown', false)).toBe(0.5);
    let z = 0;
    for (let i = 0; i < 30; i++) z = zAfterKey(z, 'ArrowRight', false)!;
    expect(z).toBe(3);
    expect(Object.is(zAfterKey(0.1, 'ArrowLeft', false), -0)).toBe(false);
  });

  it('goes to the ends with Home and End and never past them', () => {
    expect(zAfterKey(1.23, 'Home', false)).toBe(Z_MIN);
    expect(zAfterKey(1.23, 'End', false)).toBe(Z_MAX);
    expect(zAfterKey(4.95, 'ArrowRight', false)).toBe(Z_MAX);
    expect(zAfterKey(Z_MIN, 'ArrowLeft', true)).toBe(Z_MIN);
  });

  it('leaves other keys alone', () => {
    expect(zAfterKey(0, 'Tab', false)).toBeNull();
    expect(zAfterKey(0, 'a', false)).toBeNull();
  });

  it('converts between pointer position and z', () => {
    expect(zAtFraction(0)).toBe(Z_MIN);
    expect(zAtFraction(0.5)).toBe(0);
    expect(zAtFraction(1)).toBe(Z_MAX);
    expect(zAtFraction(-0.2)).toBe(Z_MIN);
    expect(zAtFraction(1.3)).toBe(Z_MAX);
    expect(zAtFraction(0.6543)).toBe(1.54);
    expect(fractionOfZ(2.5)).toBe(0.75);
  });
});

describe('number formats', () => {
  it('shows fixed decimals without a negative zero', () => {
    expect(formatFixed(activations.sigmoid.g(1))).toBe('0.731');
    expect(formatFixed(-0.0001)).toBe('0.000');
    expect(formatFixed(-0.04)).toBe('-0.040');
    expect(formatShort(0.25)).toBe('0.25');
    expect(formatShort(1)).toBe('1');
    expect(formatShort(-1e-13, 2)).toBe('0');
  });
});
