/**
 * A colour picture generated from a seed (no image files), for lesson 1's "image to
 * feature vector": a sky gradient, a sun, a hill and a few balloons, as RGB bytes.
 *
 * The lecture's unrolling: the feature vector x lists every red value (row by row), then
 * every green value, then every blue value, so a 64x64 colour image gives
 * n_x = 64 * 64 * 3 = 12288 features.
 */
import { createRng } from '../math/rng';

export const CHANNELS = ['red', 'green', 'blue'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface RgbImage {
  width: number;
  height: number;
  /** height x width x 3 bytes, pixel after pixel (r, g, b), row-major. */
  pixels: Uint8ClampedArray;
}

type Rgb = [number, number, number];

function hsl(h: number, s: number, l: number): Rgb {
  // Standard HSL -> RGB, h in [0, 360), s and l in [0, 1].
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const hp = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hp % 2) - 1));
  const [r, g, b]: Rgb =
    hp < 1
      ? [c, x, 0]
      : hp < 2
        ? [x, c, 0]
        : hp < 3
          ? [0, c, x]
          : hp < 4
            ? [0, x, c]
            : hp < 5
              ? [x, 0, c]
              : [c, 0, x];
  const m = l - c / 2;
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255];
}

/** A size x size picture drawn from `seed`: the same seed always gives the same bytes. */
export function syntheticImage(seed: number, size = 64): RgbImage {
  if (!Number.isInteger(size) || size < 4 || size > 512) {
    throw new Error(`the image size must be an integer in 4..512, got ${size}`);
  }
  const rng = createRng(seed);
  const skyHue = 180 + rng.next() * 80;
  const top = hsl(skyHue, 0.7, 0.35 + rng.next() * 0.2);
  const bottom = hsl(skyHue + 20, 0.6, 0.75 + rng.next() * 0.1);
  const sun = {
    x: rng.next() * size,
    y: size * (0.1 + rng.next() * 0.3),
    r: size * (0.1 + rng.next() * 0.08),
  };
  const sunColour = hsl(40 + rng.next() * 20, 0.95, 0.6);
  const hill = {
    level: size * (0.6 + rng.next() * 0.15),
    amplitude: size * (0.05 + rng.next() * 0.08),
    phase: rng.next() * 6.28,
  };
  const hillColour = hsl(90 + rng.next() * 60, 0.55, 0.3 + rng.next() * 0.15);
  const balloons = Array.from({ length: 2 + rng.int(3) }, () => ({
    x: rng.next() * size,
    y: size * (0.15 + rng.next() * 0.45),
    r: size * (0.04 + rng.next() * 0.05),
    colour: hsl(rng.next() * 360, 0.8, 0.5),
  }));

  const pixels = new Uint8ClampedArray(size * size * 3);
  for (let row = 0; row < size; row++) {
    const t = row / (size - 1);
    for (let col = 0; col < size; col++) {
      let colour: Rgb = [0, 1, 2].map((c) => top[c]! * (1 - t) + bottom[c]! * t) as Rgb;
      if ((col - sun.x) ** 2 + (row - sun.y) ** 2 <= sun.r ** 2) colour = sunColour;
      const ground = hill.level + hill.amplitude * Math.sin((col / size) * 6.28 + hill.phase);
      if (row >= ground) colour = hillColour;
      for (const balloon of balloons) {
        if ((col - balloon.x) ** 2 + (row - balloon.y) ** 2 <= balloon.r ** 2)
          colour = balloon.colour;
      }
      const p = (row * size + col) * 3;
      pixels[p] = colour[0];
      pixels[p + 1] = colour[1];
      pixels[p + 2] = colour[2];
    }
  }
  return { width: size, height: size, pixels };
}

/** Where pixel (row, col) of a channel lands in x: all red first, then green, then blue (0-based). */
export function featureIndex(
  image: Pick<RgbImage, 'width' | 'height'>,
  channel: number,
  row: number,
  col: number,
): number {
  return channel * image.width * image.height + row * image.width + col;
}

/** The feature vector x (n_x = width * height * 3 values, 0..255) in the lecture's order. Allocates. */
export function unrollImage(image: RgbImage): Uint8ClampedArray {
  const { width, height, pixels } = image;
  const x = new Uint8ClampedArray(width * height * 3);
  for (let channel = 0; channel < 3; channel++) {
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        x[featureIndex(image, channel, row, col)] = pixels[(row * width + col) * 3 + channel]!;
      }
    }
  }
  return x;
}
