import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

describe('createRng', () => {
  it('gives the same stream for the same seed, bit for bit', () => {
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 1000; i++) {
      expect(a.next()).toBe(b.next());
      expect(a.normal()).toBe(b.normal());
    }
  });

  it('pins the first numbers of seed 1 (a change in the generator breaks saved links)', () => {
    const r = createRng(1);
    const first = [r.next(), r.next(), r.next()];
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const again = createRng(1);
    expect([again.next(), again.next(), again.next()]).toEqual(first);
    expect(first.map((x) => x * 2 ** 32)).toEqual([1828152527, 3394835397, 2967886022]);
  });

  it('differs between seeds', () => {
    const a = createRng(1);
    const b = createRng(2);
    const same = Array.from({ length: 100 }, () => a.next() === b.next()).filter(Boolean).length;
    expect(same).toBe(0);
  });

  it('has uniform and normal moments close to theory', () => {
    const r = createRng(3);
    const n = 100_000;
    let sum = 0;
    let sumN = 0;
    let sumN2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      const z = r.normal();
      sumN += z;
      sumN2 += z * z;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumN / n).toBeCloseTo(0, 1);
    expect(sumN2 / n).toBeCloseTo(1, 1);
  });

  it('int(n) stays in range and shuffle is a seeded permutation', () => {
    const r = createRng(4);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
    const shuffle = (seed: number) => {
      const idx = Uint32Array.from({ length: 50 }, (_, i) => i);
      createRng(seed).shuffle(idx);
      return Array.from(idx);
    };
    expect(shuffle(5)).toEqual(shuffle(5));
    expect(shuffle(5)).not.toEqual(shuffle(6));
    expect([...shuffle(5)].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(() => r.int(0)).toThrow();
  });
});
