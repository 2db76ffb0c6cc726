/**
 * The only source of randomness in the engine: a seeded generator passed in explicitly.
 *
 * The uniform stream is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128 bits of
 * state) seeded through splitmix32. It uses only 32-bit integer operations (Math.imul, >>>), so
 * `next()` is bit-identical in every JavaScript engine. `normal()` is the Marsaglia polar method,
 * which needs Math.log and Math.sqrt: sqrt is exact by IEEE 754 and V8 (Node, Chrome, Edge)
 * computes log with the same fdlibm port, so runs match bit for bit across the worker, Node and
 * tests on V8.
 */

export interface Rng {
  /** uniform in [0, 1), 32 random bits */
  next(): number;
  /** standard normal N(0, 1) */
  normal(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  /** Fisher-Yates shuffle of `indices`, in place */
  shuffle(indices: Uint32Array): void;
}

/** splitmix32 step: spreads a small seed (0, 1, 2, ...) over all 32 bits. */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/** A deterministic generator: the same seed gives the same stream, everywhere. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`the seed must be a finite number, got ${seed}`);
  // Integer seeds are used as is (mod 2^32); fractional seeds keep their fractional bits.
  let s = Math.trunc(seed) | 0;
  s ^= Math.round((seed - Math.trunc(seed)) * 0x100000000) | 0;
  let a: number, b: number, c: number, d: number;
  [s, a] = splitmix32(s);
  [s, b] = splitmix32(s);
  [s, c] = splitmix32(s);
  [s, d] = splitmix32(s);

  function nextUint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // Warm up so that nearby seeds decorrelate (the reference implementation does 12 rounds).
  for (let i = 0; i < 12; i++) nextUint32();

  let spare = 0;
  let hasSpare = false;

  const rng: Rng = {
    next: () => nextUint32() / 0x100000000,
    normal() {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      // Polar method: a uniform point in the unit disc gives two independent normals.
      let u: number, v: number, r2: number;
      do {
        u = 2 * rng.next() - 1;
        v = 2 * rng.next() - 1;
        r2 = u * u + v * v;
      } while (r2 >= 1 || r2 === 0);
      const f = Math.sqrt((-2 * Math.log(r2)) / r2);
      spare = v * f;
      hasSpare = true;
      return u * f;
    },
    int(n: number) {
      if (!Number.isInteger(n) || n <= 0)
        throw new Error(`int(n) needs a positive integer, got ${n}`);
      return Math.floor(rng.next() * n);
    },
    shuffle(indices: Uint32Array) {
      for (let i = indices.length - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        const t = indices[i]!;
        indices[i] = indices[j]!;
        indices[j] = t;
      }
    },
  };
  return rng;
}
