import { describe, expect, it } from 'vitest';
import { chosenOf, labelsFor, rowEntries, toggled } from './selection.ts';

describe('digit selection', () => {
  it('reads and toggles a bit mask', () => {
    expect(chosenOf(0b1011, 16)).toEqual([0, 1, 3]);
    expect(toggled(0b1011, 1)).toBe(0b1001);
    expect(toggled(0b1011, 15)).toBe(0b1011 + 2 ** 15);
    expect(chosenOf(2 ** 16 - 1, 16)).toHaveLength(16);
  });

  it('labels y = 1 only for the target digit', () => {
    expect(labelsFor([5, 0, 4, 1, 9, 2, 1, 3], [0, 6, 7], 3)).toEqual([0, 0, 1]);
  });

  it('maps image row r to entries 28(r - 1) + 1 .. 28 r of x', () => {
    expect(rowEntries(1)).toEqual([1, 28]);
    expect(rowEntries(28)).toEqual([757, 784]);
  });
});
