import { describe, expect, it } from 'vitest';
import { parseSettings, withoutLocked, writeSettings, type Schema } from './url-settings.ts';

const schema = {
  z: { kind: 'number', default: 0, min: -5, max: 5 },
  seed: { kind: 'number', default: 7, min: 0, max: 999, integer: true },
  activation: { kind: 'enum', default: 'tanh', values: ['tanh', 'relu'] },
} satisfies Schema;

describe('URL settings', () => {
  it('reads valid values and takes defaults for missing ones', () => {
    const parsed = parseSettings(schema, new URLSearchParams('?z=1.5&activation=relu&lang=ko'));
    expect(parsed.values).toEqual({ z: 1.5, seed: 7, activation: 'relu' });
    expect(parsed.invalid).toEqual([]);
  });

  it('falls back to the default for each malformed or out-of-range field only, and names it', () => {
    for (const bad of ['', 'abc', '9', '-5.01', 'Infinity', '0x1', ' 1.5', 'NaN']) {
      const parsed = parseSettings(schema, new URLSearchParams({ z: bad, seed: '3' }));
      expect(parsed.values.z).toBe(0);
      expect(parsed.values.seed).toBe(3);
      expect(parsed.invalid).toEqual(['z']);
    }
    const parsed = parseSettings(schema, new URLSearchParams('?seed=2.5&activation=cubic'));
    expect(parsed.values).toEqual({ z: 0, seed: 7, activation: 'tanh' });
    expect(parsed.invalid).toEqual(['seed', 'activation']);
  });

  it('writes changes, keeps other parameters and leaves defaults out', () => {
    const next = writeSettings(schema, new URLSearchParams('?lang=ko&z=3'), {
      z: 0.1 + 0.2,
      seed: 7,
    });
    expect(next.toString()).toBe('lang=ko&z=0.3&v=1');
    const back = parseSettings(schema, next);
    expect(back.values.z).toBe(0.3);
  });

  it('keeps two widgets apart with a prefix', () => {
    const params = writeSettings(schema, new URLSearchParams(), { z: 2 }, 'a.');
    expect(params.toString()).toBe('a.z=2&v=1');
    expect(parseSettings(schema, params, 'a.').values.z).toBe(2);
    expect(parseSettings(schema, params).values.z).toBe(0);
  });

  it('drops changes to locked fields, by their URL name', () => {
    const locked = new Set(['a.z', 'seed']);
    expect(withoutLocked<typeof schema>({ z: 1, seed: 2 }, locked, 'a.')).toEqual({ seed: 2 });
    expect(withoutLocked<typeof schema>({ z: 1, seed: 2 }, locked)).toEqual({ z: 1 });
  });

  it('keeps the valid fields of a link from another version', () => {
    const parsed = parseSettings(schema, new URLSearchParams('?v=0&z=2&seed=1234&gone=1'));
    expect(parsed.values).toEqual({ z: 2, seed: 7, activation: 'tanh' });
    expect(parsed.invalid).toEqual(['seed']);
  });
});
