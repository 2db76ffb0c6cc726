import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, parseValueList, valueListParam } from './value-list.ts';

describe('parseValueList', () => {
  it('reads learning rates separated by commas or blanks, dropping repeats', () => {
    expect(parseValueList('lr', '0.01, 0.1 0.5;1.2,0.1')).toEqual({
      ok: true,
      values: [0.01, 0.1, 0.5, 1.2],
    });
  });

  it('needs whole numbers in range for hidden units and layers', () => {
    expect(parseValueList('hidden', '1, 2.5')).toEqual({
      ok: false,
      reason: 'bad-value',
      item: '2.5',
    });
    expect(parseValueList('layers', '1, 9')).toMatchObject({ ok: false, item: '9' });
    expect(parseValueList('layers', '1 2 3')).toEqual({ ok: true, values: [1, 2, 3] });
  });

  it('knows the hidden activations by name', () => {
    expect(parseValueList('activation', 'tanh, ReLU')).toEqual({
      ok: true,
      values: ['tanh', 'relu'],
    });
    expect(parseValueList('activation', 'tanh, softmax')).toMatchObject({ ok: false });
  });

  it('rejects an empty list, text, negative rates and more than eight values', () => {
    expect(parseValueList('lr', ' , ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseValueList('lr', 'fast')).toMatchObject({ reason: 'bad-value' });
    expect(parseValueList('lr', '-1')).toMatchObject({ reason: 'bad-value' });
    expect(parseValueList('hidden', '1 2 3 4 5 6 7 8 9')).toEqual({
      ok: false,
      reason: 'too-many',
    });
  });

  it('accepts every default list and round-trips it through the URL form', () => {
    for (const [swept, values] of Object.entries(DEFAULT_VALUES)) {
      expect(parseValueList(swept as keyof typeof DEFAULT_VALUES, valueListParam(values))).toEqual({
        ok: true,
        values,
      });
    }
  });
});
