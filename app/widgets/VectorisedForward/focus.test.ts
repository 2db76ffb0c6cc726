import { describe, expect, it } from 'vitest';
import { clampFocus, focusAt, isHighlighted } from './focus.ts';

describe('lesson 12 focus', () => {
  it('a cell of Z[1] lights the row of W[1] and the column of X that make it', () => {
    const focus = { kind: 'cell', i: 2, j: 3 } as const;
    expect(isHighlighted(focus, 'W1', 2, 0)).toBe(true);
    expect(isHighlighted(focus, 'W1', 1, 0)).toBe(false);
    expect(isHighlighted(focus, 'X', 0, 3)).toBe(true);
    expect(isHighlighted(focus, 'X', 0, 2)).toBe(false);
    expect(isHighlighted(focus, 'b1', 2, 0)).toBe(true);
    expect(isHighlighted(focus, 'Z1', 2, 3)).toBe(true);
    expect(isHighlighted(focus, 'Z1', 2, 2)).toBe(false);
    expect(isHighlighted(focus, 'A2', 0, 3)).toBe(false);
  });
  it('a column follows one example through every layer', () => {
    const focus = { kind: 'column', j: 1 } as const;
    for (const id of ['X', 'Z1', 'A1', 'Z2', 'A2'] as const) {
      expect(isHighlighted(focus, id, 0, 1)).toBe(true);
      expect(isHighlighted(focus, id, 0, 0)).toBe(false);
    }
    expect(isHighlighted(focus, 'W1', 0, 1)).toBe(false);
  });
  it('a row is one hidden unit across all examples', () => {
    const focus = { kind: 'row', i: 0 } as const;
    expect(isHighlighted(focus, 'Z1', 0, 4)).toBe(true);
    expect(isHighlighted(focus, 'A1', 1, 4)).toBe(false);
    expect(isHighlighted(focus, 'X', 0, 0)).toBe(false);
  });
  it('maps pointer positions to a focus', () => {
    expect(focusAt('Z1', 1, 2)).toEqual({ kind: 'cell', i: 1, j: 2 });
    expect(focusAt('Z1', -1, 2)).toEqual({ kind: 'column', j: 2 });
    expect(focusAt('A1', 3, -1)).toEqual({ kind: 'row', i: 3 });
    expect(focusAt('X', 2, 4)).toEqual({ kind: 'column', j: 4 });
    expect(focusAt('X', 2, -1)).toBeNull();
    expect(focusAt('W2', 0, 1)).toBeNull();
    expect(clampFocus({ kind: 'cell', i: 9, j: 9 }, 4, 2)).toEqual({ kind: 'cell', i: 3, j: 1 });
  });
});
