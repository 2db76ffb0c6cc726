import { describe, expect, it } from 'vitest';
import { HIDDEN, isComplete, reveal, type RevealState } from './pass-reveal.ts';

const sizes = { forwardSteps: 3, backwardSteps: 4 };

describe('reveal', () => {
  it('animates forward one level per tick, then stops', () => {
    let s = reveal(HIDDEN, { type: 'forward', animate: true }, sizes);
    expect(s).toEqual({ forward: 1, backward: 0, running: 'forward' });
    s = reveal(s, { type: 'tick' }, sizes);
    s = reveal(s, { type: 'tick' }, sizes);
    expect(s).toEqual({ forward: 3, backward: 0, running: null });
  });

  it('shows a whole pass at once when motion is reduced, and backward completes forward', () => {
    expect(reveal(HIDDEN, { type: 'forward', animate: false }, sizes)).toEqual({
      forward: 3,
      backward: 0,
      running: null,
    });
    expect(reveal(HIDDEN, { type: 'backward', animate: false }, sizes)).toEqual({
      forward: 3,
      backward: 4,
      running: null,
    });
  });

  it('skip finishes the running pass; step walks forward then backward', () => {
    const running: RevealState = { forward: 3, backward: 1, running: 'backward' };
    expect(reveal(running, { type: 'skip' }, sizes)).toEqual({
      forward: 3,
      backward: 4,
      running: null,
    });
    let s = HIDDEN;
    for (let i = 0; i < 7; i++) s = reveal(s, { type: 'step' }, sizes);
    expect(isComplete(s, sizes)).toBe(true);
    expect(reveal(s, { type: 'reset' }, sizes)).toEqual(HIDDEN);
  });
});
