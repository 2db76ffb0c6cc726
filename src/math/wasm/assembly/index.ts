/** The module's entry (scripts/build-kernels.mjs compiles this file): every export of the kernels. */
export { gemm, heapBase, scratchBytes, simdPeak } from './gemm';
export { adamStep } from './adam';
