/**
 * Before `npm start` (vite) and `vite build`: makes sure the drawing pad's model files exist in
 * public/models/ (training them with the command line the first time, about a minute), so the
 * pad works on first visit. A model that misses its accuracy target fails the build.
 */
import type { Plugin } from 'vite';
import { ensureDigitModels } from './digit-models.ts';

export function digitModelsPlugin(): Plugin {
  let root = process.cwd();
  let log: (line: string) => void = console.log;
  return {
    name: 'neural-notebook:digit-models',
    configResolved(config) {
      root = config.root;
      log = (line) => config.logger.info(line);
    },
    async buildStart() {
      await ensureDigitModels({ root, log });
    },
  };
}
