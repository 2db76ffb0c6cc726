import { describe, expect, it } from 'vitest';
import { nextIndex } from './roving-focus.ts';

describe('nextIndex', () => {
  it('moves by one sideways and by a row up and down, staying inside', () => {
    expect(nextIndex('ArrowRight', 3, 10, 4)).toBe(4);
    expect(nextIndex('ArrowRight', 9, 10, 4)).toBe(9);
    expect(nextIndex('ArrowLeft', 0, 10, 4)).toBe(0);
    expect(nextIndex('ArrowDown', 1, 10, 4)).toBe(5);
    expect(nextIndex('ArrowDown', 7, 10, 4)).toBe(7);
    expect(nextIndex('ArrowUp', 5, 10, 4)).toBe(1);
    expect(nextIndex('ArrowUp', 2, 10, 4)).toBe(2);
    expect(nextIndex('Home', 6, 10, 4)).toBe(0);
    expect(nextIndex('End', 0, 10, 4)).toBe(9);
    expect(nextIndex('a', 0, 10, 4)).toBeNull();
  });
});
