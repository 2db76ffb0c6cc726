import { describe, expect, it } from 'vitest';
import { MODELS, sessionIdOf, setupOf } from './settings.ts';

describe('lesson 17 sweep setup', () => {
  it('builds logistic regression and one-hidden-layer tanh networks on the flower', () => {
    const logistic = setupOf(null, { lr: 1.2, seed: 10 });
    expect(logistic.options.config.layerSizes).toEqual([2, 1]);
    const four = setupOf(4, { lr: 1.2, seed: 10 });
    expect(four.options.config.layerSizes).toEqual([2, 4, 1]);
    expect(four.options.config.hiddenActivation).toBe('tanh');
    expect(four.options.initScale).toBe(0.01);
    expect(four.data).toEqual({ kind: 'toy', name: 'flower', m: 400, seed: 10 });
  });

  it('gives every model its own session id', () => {
    const ids = MODELS.map(sessionIdOf);
    expect(new Set(ids).size).toBe(MODELS.length);
    expect(ids).toContain('lesson-17-h20');
  });
});
