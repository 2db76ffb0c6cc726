import { describe, expect, it } from 'vitest';
import { formatTick, sharedDomains } from './draw-overlaid-costs.ts';

describe('sharedDomains', () => {
  it('spans the longest run and the largest finite cost', () => {
    const domains = sharedDomains([
      { iterations: [1, 2, 3], costs: [0.7, 0.6, 0.5] },
      { iterations: [1, 2, 3, 4], costs: [2.3, NaN, 1.1, 0.9] },
    ]);
    expect(domains).toEqual({ x: [0, 4], y: [0, 2.3] });
  });

  it('has a usable range before any training', () => {
    expect(sharedDomains([{ iterations: [], costs: [] }])).toEqual({ x: [0, 1], y: [0, 1e-3] });
  });

  it('shortens large ticks', () => {
    expect(formatTick(20000)).toBe('20k');
    expect(formatTick(0.25)).toBe('0.25');
  });
});
