/**
 * Writes dist/sw.js after a build: the service worker template with the list of every
 * built file (the app shell) and the MNIST files, and a version that changes whenever
 * any of them does, so browsers notice an update.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function offlinePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'neural-notebook:offline',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      // After the MNIST plugin has copied its files.
      order: 'post',
      handler() {
        const hash = createHash('sha256');
        const shell: string[] = [];
        const data: string[] = [];
        for (const file of filesUnder(outDir).sort()) {
          const url = '/' + relative(outDir, file).split(sep).join('/');
          if (url === '/sw.js' || url.endsWith('.map')) continue;
          if (url.startsWith('/mnist/')) {
            data.push(url);
            hash.update(url + statSync(file).size);
          } else {
            shell.push(url);
            hash.update(url).update(readFileSync(file));
          }
        }
        const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
        const worker = template
          .replace(/^\/\* global .*\*\/\n/, '')
          .replace('__VERSION__', hash.digest('hex').slice(0, 16))
          .replace('__SHELL__', JSON.stringify(shell))
          .replace('__DATA__', JSON.stringify(data));
        writeFileSync(join(outDir, 'sw.js'), worker);
      },
    },
  };
}
