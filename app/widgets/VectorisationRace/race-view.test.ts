import { describe, expect, it } from 'vitest';
import type { RaceRow } from '../../../src/worker/computations/vectorisation-race.ts';
import {
  decadeTicks,
  feasible,
  formatMs,
  formatRatio,
  mSequence,
  raceScales,
  seriesPath,
} from './race-view.ts';

const row = (m: number, loopMs: number, vectorisedMs: number): RaceRow => ({
  m,
  loopMs,
  vectorisedMs,
  speedUp: loopMs / vectorisedMs,
  loopRunsMs: [loopMs],
  vectorisedRunsMs: [vectorisedMs],
  maxAbsDifference: { dw: 0, db: 0, cost: 0 },
});

describe('race view', () => {
  it('builds the 1-3-10 sequence of m', () => {
    expect(mSequence(100, 10000)).toEqual([100, 300, 1000, 3000, 10000]);
    expect(mSequence(30, 300)).toEqual([30, 100, 300]);
    expect(mSequence(1000, 1000)).toEqual([1000]);
  });

  it('skips the m values whose X would be too large', () => {
    expect(feasible([100, 1000, 10000], 4096, 20_000_000)).toEqual({
      run: [100, 1000],
      skipped: [10000],
    });
  });

  it('log-log scales cover every measured time, with decade ticks', () => {
    const rows = [row(100, 0.5, 0.1), row(10000, 60, 5)];
    const scales = raceScales([100, 10000], rows);
    const [lo, hi] = scales.y.domain() as [number, number];
    expect(lo).toBeLessThanOrEqual(0.1);
    expect(hi).toBeGreaterThanOrEqual(60);
    expect(decadeTicks(scales.x)).toEqual([100, 1000, 10000]);
    expect(seriesPath(rows, (r) => r.loopMs, scales)).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    // A measured 0 ms still has a place on a log axis.
    expect(seriesPath([row(100, 0, 0)], (r) => r.loopMs, scales)).toMatch(/^M/);
  });

  it('formats times and ratios', () => {
    expect(formatMs(0.4213)).toBe('0.421 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatRatio(12.345)).toBe('12.3×');
    expect(formatRatio(Number.NaN)).toBe('—');
  });
});
