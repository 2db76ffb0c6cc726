/**
 * Builds the WebAssembly kernels (scripts/build-kernels.mjs) when Vite or Vitest starts, so
 * that `vite`, `vite build` and `vitest` work on a fresh clone even before `npm install`'s
 * postinstall has made them; an up-to-date build is skipped in milliseconds.
 */
import type { Plugin } from 'vite';
// @ts-expect-error -- a plain ES module without types
import { buildKernels } from './build-kernels.mjs';

export function kernelsPlugin(): Plugin {
  return {
    name: 'neural-notebook:kernels',
    async config() {
      await (buildKernels as () => Promise<boolean>)();
    },
  };
}
