import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAWING,
  extendStroke,
  isBlank,
  PAD_SIZE,
  startStroke,
  undoDepth,
  undoStroke,
  withBackground,
} from './drawing.ts';

describe('drawing', () => {
  it('starts, extends and undoes strokes without touching the old drawing', () => {
    const one = startStroke(EMPTY_DRAWING, { x: 10, y: 20 });
    const two = extendStroke(one, [
      { x: 11, y: 21 },
      { x: 12, y: 22 },
    ]);
    expect(one.strokes[0]).toHaveLength(1);
    expect(two.strokes[0]).toHaveLength(3);
    const three = startStroke(two, { x: 50, y: 50 });
    expect(undoDepth(three)).toBe(2);
    expect(undoStroke(three)).toEqual(two);
    expect(isBlank(undoStroke(undoStroke(three)))).toBe(true);
  });

  it('keeps points on the pad', () => {
    const drawing = extendStroke(startStroke(EMPTY_DRAWING, { x: -5, y: 10 }), [
      { x: PAD_SIZE + 40, y: -1 },
    ]);
    expect(drawing.strokes[0]).toEqual([
      { x: 0, y: 10 },
      { x: PAD_SIZE, y: 0 },
    ]);
  });

  it('does not extend when no stroke is open', () => {
    expect(extendStroke(EMPTY_DRAWING, [{ x: 1, y: 1 }])).toBe(EMPTY_DRAWING);
  });

  it('undoes a loaded test digit after the strokes drawn over it', () => {
    const digit = withBackground(new Float32Array(784).fill(0.5));
    const over = startStroke(digit, { x: 1, y: 1 });
    expect(undoDepth(over)).toBe(2);
    expect(undoStroke(over)).toEqual(digit);
    expect(undoStroke(digit)).toBe(EMPTY_DRAWING);
    expect(undoStroke(EMPTY_DRAWING)).toBe(EMPTY_DRAWING);
  });

  it('refuses a test digit that is not 28 x 28', () => {
    expect(() => withBackground(new Float32Array(100))).toThrow(/784 pixels, got 100/);
  });
});
