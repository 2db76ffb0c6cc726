import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchMnist } from './mnist-fetch';
import { mnistDirectory } from './mnist-node';

/** Serves the real IDX files from node_modules in small chunks, as a network would. */
function fakeFetch(missing?: string) {
  return (url: string) => {
    const name = url.split('/').pop()!;
    if (name === missing) return Promise.resolve(new Response('not found', { status: 404 }));
    const bytes = readFileSync(mnistDirectory() + name);
    const chunk = 1 << 20;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += chunk)
          controller.enqueue(new Uint8Array(bytes.subarray(i, i + chunk)));
        controller.close();
      },
    });
    return Promise.resolve(
      new Response(body, { headers: { 'Content-Length': String(bytes.length) } }),
    );
  };
}

describe('fetchMnist', () => {
  it('streams all four files with monotone progress and parses them', async () => {
    const seen: number[] = [];
    const { train, test } = await fetchMnist(
      '/mnist',
      (loaded, total) => {
        expect(total).toBe(54_950_048);
        seen.push(loaded);
      },
      fakeFetch(),
    );
    expect(train.images.count).toBe(60_000);
    expect(test.labels.length).toBe(10_000);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(54_950_048);
  });

  it('says which file failed', async () => {
    await expect(
      fetchMnist('/mnist/', () => {}, fakeFetch('t10k-labels-idx1-ubyte')),
    ).rejects.toThrow('/mnist/t10k-labels-idx1-ubyte: HTTP 404');
  });
});
