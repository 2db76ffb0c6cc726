import { describe, expect, it } from 'vitest';
import { clampToGrid, formatEntry, moveInGrid } from './grid-navigation.ts';

const grid = { rows: 3, cols: 4, columnHeaders: true, rowHeaders: true };

describe('moveInGrid', () => {
  it('moves by one and stops at the edges', () => {
    expect(moveInGrid({ i: 0, j: 0 }, 'ArrowDown', grid)).toEqual({ i: 1, j: 0 });
    expect(moveInGrid({ i: 2, j: 3 }, 'ArrowDown', grid)).toEqual({ i: 2, j: 3 });
    expect(moveInGrid({ i: 2, j: 3 }, 'ArrowRight', grid)).toEqual({ i: 2, j: 3 });
    expect(moveInGrid({ i: 1, j: 2 }, 'End', grid)).toEqual({ i: 1, j: 3 });
    expect(moveInGrid({ i: 1, j: 2 }, 'Enter', grid)).toBeNull();
  });

  it('reaches the headers but never the empty corner', () => {
    expect(moveInGrid({ i: 0, j: 2 }, 'ArrowUp', grid)).toEqual({ i: -1, j: 2 });
    expect(moveInGrid({ i: 1, j: 0 }, 'ArrowLeft', grid)).toEqual({ i: 1, j: -1 });
    expect(moveInGrid({ i: 0, j: -1 }, 'ArrowUp', grid)).toEqual({ i: 0, j: 0 });
    expect(moveInGrid({ i: -1, j: 0 }, 'ArrowLeft', grid)).toEqual({ i: 0, j: -1 });
  });

  it('without headers stays among the cells', () => {
    const plain = { rows: 2, cols: 2, columnHeaders: false, rowHeaders: false };
    expect(moveInGrid({ i: 0, j: 0 }, 'ArrowUp', plain)).toEqual({ i: 0, j: 0 });
    expect(moveInGrid({ i: 0, j: 0 }, 'Home', plain)).toEqual({ i: 0, j: 0 });
  });
});

describe('clampToGrid and formatEntry', () => {
  it('keeps a position inside a smaller grid', () => {
    expect(clampToGrid({ i: 5, j: 5 }, grid)).toEqual({ i: 2, j: 3 });
  });
  it('prints fixed digits and no negative zero', () => {
    expect(formatEntry(0.1234)).toBe('0.12');
    expect(formatEntry(-0.001)).toBe('0.00');
    expect(formatEntry(-1.5, 1)).toBe('-1.5');
  });
});
