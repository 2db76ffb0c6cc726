/**
 * Types of the file scripts/build-kernels.mjs generates (gitignored): the WebAssembly module
 * compiled from src/math/wasm/assembly/, as base64.
 */
export declare const kernelsBase64: string;
/** The same with relaxed-SIMD fused multiply-adds in the micro-kernels. */
export declare const fusedKernelsBase64: string;
