/**
 * `npm run models [-- --force]`: trains the drawing pad's model files that are missing or whose
 * recipe changed (all of them with --force) and prints the accuracy each reached. Exits with 1
 * when a model misses its target.
 */
import { fileURLToPath } from 'node:url';
import { ensureDigitModels } from './digit-models.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force');

ensureDigitModels({ root, force }).then(
  (record) => {
    for (const [file, built] of Object.entries(record)) {
      console.log(
        `${file}: ${(built.testAccuracy * 100).toFixed(2)}% on the 10,000 test images (${built.seconds.toFixed(1)} s)\n  ${built.command}`,
      );
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
