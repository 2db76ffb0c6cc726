/**
 * Lesson 9's race plot without React: the list of m values, log-log scales, paths and the
 * labels of the axes. Times are the worker's measurements; nothing here invents a number.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import type { RaceRow } from '../../engine/index.ts';

export const M_STARTS = ['10', '30', '100', '300', '1000'] as const;
export const M_ENDS = ['100', '300', '1000', '3000', '10000', '30000', '100000'] as const;

/** The 1-3-10 sequence from `from` to `to` inclusive: 100, 300, 1000, 3000, 10000. */
export function mSequence(from: number, to: number): number[] {
  const out: number[] = [];
  let decade = from;
  // from is 1 or 3 times a power of ten; the sequence alternates x3 and x(10/3).
  for (let k = 0; decade <= to && k < 40; k++) {
    out.push(Math.round(decade));
    const leading = Math.round(decade / 10 ** Math.floor(Math.log10(decade) + 1e-9));
    decade = leading === 1 ? decade * 3 : (decade / 3) * 10;
  }
  return out;
}

/** The m values the worker can hold for this n_x (X must stay within `maxEntries` numbers). */
export function feasible(
  ms: number[],
  nx: number,
  maxEntries: number,
): { run: number[]; skipped: number[] } {
  return {
    run: ms.filter((m) => nx * m <= maxEntries),
    skipped: ms.filter((m) => nx * m > maxEntries),
  };
}

export const PLOT = {
  width: 560,
  height: 340,
  margin: { top: 16, right: 110, bottom: 44, left: 64 },
};

export interface RaceScales {
  x: ScaleLogarithmic<number, number>;
  y: ScaleLogarithmic<number, number>;
}

/** Smallest time shown: the clock's resolution is a few microseconds, so 0 ms reads as this. */
export const FLOOR_MS = 0.001;

export function raceScales(ms: number[], rows: RaceRow[]): RaceScales {
  const mLo = Math.min(...ms);
  const mHi = Math.max(...ms);
  const times = rows.flatMap((r) => [r.loopMs, r.vectorisedMs]).map((t) => Math.max(t, FLOOR_MS));
  const tLo = times.length ? Math.min(...times) : 0.01;
  const tHi = times.length ? Math.max(...times) : 100;
  const { width, height, margin } = PLOT;
  return {
    x: scaleLog()
      .domain([mLo / 1.3, mHi * 1.3])
      .range([margin.left, width - margin.right]),
    y: scaleLog()
      .domain([tLo / 2, tHi * 2])
      .range([height - margin.bottom, margin.top])
      .nice(),
  };
}

/** Powers of ten inside the domain, for ticks that read "1 ms", "10 ms", ... */
export function decadeTicks(scale: ScaleLogarithmic<number, number>): number[] {
  const [lo, hi] = scale.domain() as [number, number];
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) ticks.push(10 ** e);
  return ticks;
}

export function seriesPath(
  rows: RaceRow[],
  pick: (row: RaceRow) => number,
  scales: RaceScales,
): string {
  return (
    line<RaceRow>()
      .x((r) => scales.x(r.m))
      .y((r) => scales.y(Math.max(pick(r), FLOOR_MS)))(rows) ?? ''
  );
}

/** "0.42 ms", "12.3 ms", "1.20 s": three significant figures. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms === 0) return '< 0.001 ms';
  return `${ms.toPrecision(3)} ms`;
}

/** Axis ticks: "1 µs", "100 µs", "10 ms", "1 s". */
export function formatTick(ms: number): string {
  if (ms >= 1000) return `${ms / 1000} s`;
  if (ms >= 1) return `${ms} ms`;
  return `${Number((ms * 1000).toPrecision(3))} µs`;
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toPrecision(3)}×` : '—';
}

export function formatCount(n: number): string {
  return n >= 1000 ? `${n / 1000}k`.replace('.0k', 'k') : String(n);
}
