/**
 * Lesson 4's real data: the MNIST training images of the digits 0 and 1, each reduced to
 * ONE feature, its mean ink: the average of its 784 pixels / 255 (a 1 is a thin stroke, a 0
 * a long loop, so 0s carry more ink). y = 1 for the digit 1. The feature is standardised,
 *   x = (ink - mean) / std   (mean and std over these images),
 * so that w and b live on similar scales and the cost's contours are readable.
 */
import type { IdxImages } from './mnist';

export interface InkFeature {
  /** standardised mean ink, one value per image */
  x: Float64Array;
  /** 1 for the digit 1, 0 for the digit 0 */
  y: Float64Array;
  /** mean and standard deviation of the raw mean ink (pixels / 255) */
  inkMean: number;
  inkStd: number;
  /** how many images of each digit */
  zeros: number;
  ones: number;
}

/** Mean pixel value / 255 of image `i`. */
export function meanInk(images: IdxImages, i: number): number {
  const n = images.rows * images.cols;
  let sum = 0;
  for (let p = i * n; p < (i + 1) * n; p++) sum += images.pixels[p]!;
  return sum / n / 255;
}

export function inkFeature(images: IdxImages, labels: Uint8Array): InkFeature {
  const ink: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const digit = labels[i]!;
    if (digit > 1) continue;
    ink.push(meanInk(images, i));
    y.push(digit);
  }
  const m = ink.length;
  if (m < 2) throw new Error(`need images of 0 and 1, found ${m}`);
  const inkMean = ink.reduce((s, v) => s + v, 0) / m;
  const inkStd = Math.sqrt(ink.reduce((s, v) => s + (v - inkMean) ** 2, 0) / m);
  const ones = y.reduce((s, v) => s + v, 0);
  return {
    x: Float64Array.from(ink, (v) => (v - inkMean) / (inkStd || 1)),
    y: Float64Array.from(y),
    inkMean,
    inkStd,
    zeros: m - ones,
    ones,
  };
}
