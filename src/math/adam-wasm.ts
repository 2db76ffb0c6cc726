/**
 * Adam's update of float32 parameters through the WebAssembly kernel (wasm/assembly/adam.ts):
 * two float64 lanes at a time instead of one, the same numbers as the TypeScript loop in
 * nn/optimizers.ts, bit for bit.
 *
 * The state v, s (float64, 16 bytes a parameter: 1.6 MB for a 784-128-10 network) stays in the
 * module's memory between steps (a ResidentState, see wasm/kernels.ts); only w and dW are
 * copied in and w back out. The Float64Arrays given here are the JavaScript copy, brought up
 * to date whenever another state takes the place or the kernels are switched off, so the
 * TypeScript loop can carry on from them.
 */
import { type ResidentState, type WasmKernels, wasmKernels } from './wasm/kernels';

function align16(bytes: number): number {
  return (bytes + 15) & ~15;
}

export class WasmAdamState implements ResidentState {
  readonly bytes: number;
  /** byte offsets of v[k] and s[k] inside the resident block */
  private readonly vAt: number[] = [];
  private readonly sAt: number[] = [];
  /** bytes for one w and one dW of the largest array, copied in per call */
  private readonly operandBytes: number;

  constructor(
    private readonly v: Float64Array[],
    private readonly s: Float64Array[],
  ) {
    let bytes = 0;
    let largest = 0;
    for (let k = 0; k < v.length; k++) {
      this.vAt.push(bytes);
      bytes += align16(v[k]!.byteLength);
      this.sAt.push(bytes);
      bytes += align16(s[k]!.byteLength);
      largest = Math.max(largest, v[k]!.length);
    }
    this.bytes = bytes;
    this.operandBytes = 2 * align16(largest * 4);
  }

  load(kernels: WasmKernels, at: number): void {
    const f64 = new Float64Array(kernels.exports.memory.buffer);
    for (let k = 0; k < this.v.length; k++) {
      f64.set(this.v[k]!, (at + this.vAt[k]!) >> 3);
      f64.set(this.s[k]!, (at + this.sAt[k]!) >> 3);
    }
  }

  save(kernels: WasmKernels, at: number): void {
    const f64 = new Float64Array(kernels.exports.memory.buffer);
    for (let k = 0; k < this.v.length; k++) {
      const n = this.v[k]!.length;
      const v = (at + this.vAt[k]!) >> 3;
      const s = (at + this.sAt[k]!) >> 3;
      this.v[k]!.set(f64.subarray(v, v + n));
      this.s[k]!.set(f64.subarray(s, s + n));
    }
  }

  /**
   * One Adam step on every array: w[k] and g[k] float32, v[k], s[k] the state given at
   * construction. step and epsilon carry the bias corrections (see adamLoop). Returns the sum
   * of (w - w) over the stored parameters (0 or NaN), or null, having done nothing, where the
   * kernels are unavailable.
   */
  update(
    w: readonly Float32Array[],
    g: readonly Float32Array[],
    beta1: number,
    beta2: number,
    step: number,
    epsilon: number,
  ): number | null {
    const kernels = wasmKernels();
    if (kernels === null) return null;
    const state = kernels.resident(this);
    const wAt = kernels.operandBase;
    const gAt = wAt + this.operandBytes / 2;
    kernels.reserve(wAt + this.operandBytes);
    const f32 = kernels.f32();
    let check = 0;
    for (let k = 0; k < w.length; k++) {
      const n = w[k]!.length;
      f32.set(w[k]!, wAt >> 2);
      f32.set(g[k]!, gAt >> 2);
      check += kernels.exports.adamStep(
        wAt,
        gAt,
        state + this.vAt[k]!,
        state + this.sAt[k]!,
        n,
        beta1,
        beta2,
        step,
        epsilon,
      );
      w[k]!.set(f32.subarray(wAt >> 2, (wAt >> 2) + n));
    }
    return check;
  }
}
