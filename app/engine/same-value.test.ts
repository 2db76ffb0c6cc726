import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value.ts';

describe('sameValue', () => {
  it('compares plain inputs by value and typed arrays by identity', () => {
    expect(sameValue({ a: [1, { b: 2 }], c: null }, { a: [1, { b: 2 }], c: null })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    const pixels = new Float32Array([1]);
    expect(sameValue({ pixels }, { pixels })).toBe(true);
    expect(sameValue({ pixels }, { pixels: new Float32Array([1]) })).toBe(false);
  });
});
