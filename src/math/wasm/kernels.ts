/**
 * The WebAssembly SIMD kernels (src/math/wasm/assembly/, built by scripts/build-kernels.mjs),
 * instantiated synchronously on first use, and their linear memory.
 *
 * The module needs 128-bit SIMD; where the engine cannot compile it (a browser without SIMD)
 * `wasmKernels()` returns null and the callers keep the TypeScript kernels. `useWasmKernels(false)`
 * forces that path (for tests and the bench's reference).
 */
import { fusedKernelsBase64, kernelsBase64 } from './kernels.generated.js';

/** A WebAssembly.Memory, typed here: the Node typecheck has no WebAssembly library. */
interface LinearMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The few WebAssembly functions used here. */
interface WasmApi {
  validate(bytes: Uint8Array<ArrayBuffer>): boolean;
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** The module's exports, as compiled from assembly/gemm.ts. */
export interface KernelExports {
  readonly memory: LinearMemory;
  heapBase(): number;
  /** the SIMD peak micro-benchmark: 96 flops per iteration; pass m = 0 */
  simdPeak(iterations: number, m: number): number;
  scratchBytes(M: number, N: number, K: number, mr: number): number;
  gemm(
    M: number,
    N: number,
    K: number,
    a: number,
    ars: number,
    acs: number,
    b: number,
    brs: number,
    bcs: number,
    c: number,
    scratch: number,
    mr: number,
    alpha: number,
  ): void;
  /** Adam on n float32 parameters (float64 state); returns the sum of (w - w) */
  adamStep(
    w: number,
    g: number,
    v: number,
    s: number,
    n: number,
    beta1: number,
    beta2: number,
    step: number,
    epsilon: number,
  ): number;
}

/**
 * Data kept in the module's memory between calls (Adam's state, adam-wasm.ts), so that it is
 * not copied in and out on every step. One at a time has the place: the previous holder is
 * saved back to JavaScript first, and so is the holder when the kernels are switched off or
 * reloaded.
 */
export interface ResidentState {
  readonly bytes: number;
  /** Copies the JavaScript copy into the module's memory at byte `at`. */
  load(kernels: WasmKernels, at: number): void;
  /** Copies the module's memory at byte `at` back into the JavaScript copy. */
  save(kernels: WasmKernels, at: number): void;
}

export interface WasmKernels {
  readonly exports: KernelExports;
  /** 'fused': multiply-adds are relaxed-SIMD fused multiply-adds; 'plain': f32x4 mul then add */
  readonly variant: 'fused' | 'plain';
  /** First free byte (16-aligned) after the module's static data. */
  readonly heapBase: number;
  /** Where per-call operands go: after the resident state (16-aligned). */
  readonly operandBase: number;
  /** Makes `state` the resident one (saving the previous holder); returns its byte offset. */
  resident(state: ResidentState): number;
  /** Grows the memory to at least `bytes`; views taken before a growth are detached. */
  reserve(bytes: number): void;
  /** A float32 view of the whole memory, renewed after each growth. */
  f32(): Float32Array;
}

const PAGE = 65536;
let loaded: WasmKernels | null | undefined;
let enabled = true;

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Which module to load: the fused one where the engine has relaxed SIMD, unless turned off. */
let preferFused = true;

function load(): WasmKernels | null {
  const WebAssembly = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (WebAssembly === undefined) return null;
  // validate() is false where the engine lacks an instruction a module uses: relaxed SIMD for
  // the fused module (Node 20), 128-bit SIMD for both (old browsers).
  const fusedBytes = decode(fusedKernelsBase64);
  const fused = preferFused && WebAssembly.validate(fusedBytes);
  const bytes = fused ? fusedBytes : decode(kernelsBase64);
  if (!WebAssembly.validate(bytes)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    env: {
      abort() {
        throw new Error('the WebAssembly kernels aborted');
      },
    },
  });
  const exports = instance.exports as KernelExports;
  const memory = exports.memory;
  let view = new Float32Array(memory.buffer);
  const heapBase = (exports.heapBase() + 15) & ~15;
  let holder: ResidentState | null = null;
  const kernels: WasmKernels = {
    exports,
    variant: fused ? 'fused' : 'plain',
    heapBase,
    get operandBase() {
      return heapBase + (holder === null ? 0 : (holder.bytes + 15) & ~15);
    },
    resident(state: ResidentState) {
      if (holder !== state) {
        holder?.save(kernels, heapBase);
        holder = null;
        kernels.reserve(heapBase + state.bytes);
        state.load(kernels, heapBase);
        holder = state;
      }
      return heapBase;
    },
    reserve(bytes: number) {
      const have = memory.buffer.byteLength;
      if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
    },
    f32() {
      if (view.buffer !== memory.buffer) view = new Float32Array(memory.buffer);
      return view;
    },
  };
  releaseResident = () => {
    holder?.save(kernels, heapBase);
    holder = null;
  };
  return kernels;
}

/** Saves the resident state of the loaded module back to JavaScript (before switching it off). */
let releaseResident = (): void => {};

/** The kernels, or null where WebAssembly SIMD is unavailable or they are switched off. */
export function wasmKernels(): WasmKernels | null {
  if (!enabled) return null;
  if (loaded === undefined) loaded = load();
  return loaded;
}

/** True where this engine can run the SIMD kernels (whether or not they are switched on). */
export function wasmSimdSupported(): boolean {
  if (loaded === undefined) loaded = load();
  return loaded !== null;
}

/** Switches the WebAssembly kernels on (the default) or off (the TypeScript kernels everywhere). */
export function useWasmKernels(on: boolean): void {
  if (!on) releaseResident();
  enabled = on;
}

/**
 * Chooses between the fused (relaxed-SIMD multiply-add) and the plain module where both run;
 * the next wasmKernels() loads the choice. For the bench and the tests.
 */
export function preferFusedKernels(on: boolean): void {
  if (on !== preferFused) {
    releaseResident();
    loaded = undefined;
  }
  preferFused = on;
}
