/**
 * Vite and Vitest rely on the kernels built by scripts/build-kernels.mjs (`postinstall`, or
 * `npm run kernels` after editing src/math/wasm/assembly/); they never build them. When the
 * generated file is missing or older than its sources, `vite`, `vite build` and `vitest` stop
 * at once with the command that fixes it, rather than running stale kernels or failing on an
 * import deep inside the engine.
 */
import type { Plugin } from 'vite';
// @ts-expect-error -- a plain ES module without types
import { kernelsOutput, kernelsUpToDate } from './build-kernels.mjs';

export function kernelsPlugin(): Plugin {
  return {
    name: 'neural-notebook:kernels',
    config() {
      if (!(kernelsUpToDate as () => boolean)()) {
        throw new Error(
          `${kernelsOutput as string} is missing or older than src/math/wasm/assembly/: run \`npm run kernels\` (npm ci runs it too).`,
        );
      }
    },
  };
}
