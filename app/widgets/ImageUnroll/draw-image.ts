/** RGBA bytes for the canvas: the whole picture, or one channel as grey (0 = paper, 255 = ink). */
import type { RgbImage } from '../../../src/data/synthetic-image.ts';

export function rgbaOf(image: RgbImage): Uint8ClampedArray {
  const n = image.width * image.height;
  const out = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    out[4 * i] = image.pixels[3 * i]!;
    out[4 * i + 1] = image.pixels[3 * i + 1]!;
    out[4 * i + 2] = image.pixels[3 * i + 2]!;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** One channel's intensities (0..255) as a grey picture: a channel is just a matrix of numbers. */
export function channelOf(image: RgbImage, channel: number): Float32Array {
  const n = image.width * image.height;
  return Float32Array.from({ length: n }, (_, i) => image.pixels[3 * i + channel]! / 255);
}
