import { describe, expect, it } from 'vitest';
import { parseLearningRate } from './parse-learning-rate.ts';

describe('parseLearningRate', () => {
  it('accepts ordinary rates', () => {
    expect(parseLearningRate('0.1')).toEqual({ ok: true, value: 0.1, warning: null });
    expect(parseLearningRate(' 1.2 ')).toEqual({ ok: true, value: 1.2, warning: null });
    expect(parseLearningRate('5e-3')).toEqual({ ok: true, value: 0.005, warning: null });
    expect(parseLearningRate('0,5')).toEqual({ ok: true, value: 0.5, warning: null });
  });
  it('flags large but allowed rates', () => {
    expect(parseLearningRate('50')).toEqual({ ok: true, value: 50, warning: 'large' });
  });
  it('rejects text, empty, zero, negative and absurd values with a reason', () => {
    expect(parseLearningRate('fast')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseLearningRate('0.1abc')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseLearningRate('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseLearningRate('0')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseLearningRate('-0.5')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseLearningRate('1e400')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseLearningRate('1e9')).toEqual({ ok: false, reason: 'too-large' });
  });
});
