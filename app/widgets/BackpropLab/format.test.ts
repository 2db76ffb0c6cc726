import { describe, expect, it } from 'vitest';
import { entriesOf, shapeOf, short } from './format.ts';

describe('equation annotations', () => {
  it('writes shapes as the notes do', () => {
    expect(shapeOf({ rows: 4, cols: 400 })).toBe('(4, 400)');
  });

  it('shortens numbers to four significant digits', () => {
    expect(short(0)).toBe('0');
    expect(short(0.123456)).toBe('0.1235');
    expect(short(-2.5e-5)).toBe('-2.50e-5');
    expect(short(123456)).toBe('1.23e+5');
  });

  it('shows all of a small matrix and the start of a large one', () => {
    const small = { rows: 4, cols: 2, norm: 1, mean: 0, first: [1, 2, 3, 4, 5, 6, 7, 8] };
    expect(entriesOf(small)).toEqual({ values: '[1, 2, 3, 4, 5, 6, 7, 8]', more: false });
    const large = { rows: 4, cols: 400, norm: 1, mean: 0, first: [1, 2, 3, 4, 5, 6, 7, 8] };
    expect(entriesOf(large)).toEqual({ values: '[1, 2, 3, 4]', more: true });
  });
});
