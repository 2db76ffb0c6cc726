/**
 * Adam's update of one float32 parameter array in WebAssembly SIMD, the same arithmetic as
 * adamLoop in src/nn/optimizers.ts (float64, same operations in the same order, so the results
 * are bit-identical; optimizers.test.ts checks it):
 *
 *   v := beta1 v + (1 - beta1) g          s := beta2 s + (1 - beta2) g g
 *   w := w - step v / (sqrt(s) + epsilon)  with the bias corrections folded into step, epsilon
 *
 * w and g are float32, v and s float64 (the optimizer's state). Four parameters per iteration:
 * each float32 vector is widened into two f64x2 halves. The scalar version is limited by its
 * square root and division; two lanes of each halve that.
 *
 * Returns the sum of (w - w) over the stored parameters: 0 when every one is finite, NaN
 * otherwise (the trainer's divergence check, see optimizers.ts).
 */
export function adamStep(
  w: usize,
  g: usize,
  v: usize,
  s: usize,
  n: i32,
  beta1: f64,
  beta2: f64,
  step: f64,
  epsilon: f64,
): f32 {
  const b1 = f64x2.splat(beta1);
  const b2 = f64x2.splat(beta2);
  const k1 = f64x2.splat(1 - beta1);
  const k2 = f64x2.splat(1 - beta2);
  const st = f64x2.splat(step);
  const ep = f64x2.splat(epsilon);
  let check = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const at4 = (<usize>i) << 2;
    const at8 = (<usize>i) << 3;
    const g4 = v128.load(g + at4);
    const w4 = v128.load(w + at4);
    // Lanes 0-1 and 2-3 widened to float64.
    const gLo = f64x2.promote_low_f32x4(g4);
    const gHi = f64x2.promote_low_f32x4(v128.shuffle<f32>(g4, g4, 2, 3, 0, 1));
    const wLo = f64x2.promote_low_f32x4(w4);
    const wHi = f64x2.promote_low_f32x4(v128.shuffle<f32>(w4, w4, 2, 3, 0, 1));
    const vLo = f64x2.add(f64x2.mul(b1, v128.load(v + at8)), f64x2.mul(k1, gLo));
    const vHi = f64x2.add(f64x2.mul(b1, v128.load(v + at8, 16)), f64x2.mul(k1, gHi));
    const sLo = f64x2.add(f64x2.mul(b2, v128.load(s + at8)), f64x2.mul(f64x2.mul(k2, gLo), gLo));
    const sHi = f64x2.add(
      f64x2.mul(b2, v128.load(s + at8, 16)),
      f64x2.mul(f64x2.mul(k2, gHi), gHi),
    );
    v128.store(v + at8, vLo);
    v128.store(v + at8, vHi, 16);
    v128.store(s + at8, sLo);
    v128.store(s + at8, sHi, 16);
    const newLo = f64x2.sub(wLo, f64x2.div(f64x2.mul(st, vLo), f64x2.add(f64x2.sqrt(sLo), ep)));
    const newHi = f64x2.sub(wHi, f64x2.div(f64x2.mul(st, vHi), f64x2.add(f64x2.sqrt(sHi), ep)));
    // Rounded to float32 (as a Float32Array store rounds) and put back together.
    const stored = v128.shuffle<f32>(
      f32x4.demote_f64x2_zero(newLo),
      f32x4.demote_f64x2_zero(newHi),
      0,
      1,
      4,
      5,
    );
    v128.store(w + at4, stored);
    check = f32x4.add(check, f32x4.sub(stored, stored));
  }
  let rest: f32 = 0;
  for (; i < n; i++) {
    const gi = <f64>load<f32>(g + ((<usize>i) << 2));
    const vi = beta1 * load<f64>(v + ((<usize>i) << 3)) + (1 - beta1) * gi;
    const si = beta2 * load<f64>(s + ((<usize>i) << 3)) + (1 - beta2) * gi * gi;
    store<f64>(v + ((<usize>i) << 3), vi);
    store<f64>(s + ((<usize>i) << 3), si);
    const wi = <f64>load<f32>(w + ((<usize>i) << 2));
    const stored = <f32>(wi - (step * vi) / (Math.sqrt(si) + epsilon));
    store<f32>(w + ((<usize>i) << 2), stored);
    rest += stored - stored;
  }
  return (
    f32x4.extract_lane(check, 0) +
    f32x4.extract_lane(check, 1) +
    f32x4.extract_lane(check, 2) +
    f32x4.extract_lane(check, 3) +
    rest
  );
}
