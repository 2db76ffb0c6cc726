import { describe, expect, it } from 'vitest';
import { colourOf, parseColour } from './draw-heatmap.ts';

describe('heatmap colours', () => {
  it('reads the colour forms theme variables take, short hex included', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour(' #0a66a8')).toEqual([10, 102, 168]);
    expect(parseColour('rgb(12, 34, 56)')).toEqual([12, 34, 56]);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
  });

  it('is neutral at p = 0.5 and leans to each class towards 0 and 1', () => {
    const colours = {
      class0: [200, 0, 0],
      class1: [0, 0, 200],
      neutral: [255, 255, 255],
      strength: 0.5,
    } as const;
    expect(colourOf(0.5, colours)).toEqual([255, 255, 255]);
    expect(colourOf(1, colours)).toEqual([128, 128, 228]);
    expect(colourOf(0, colours)).toEqual([228, 128, 128]);
  });
});
