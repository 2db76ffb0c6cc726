import { describe, expect, it } from 'vitest';
import { PAD_SIZE } from './drawing.ts';
import { KEY_STEP, penKey, START_PEN } from './keyboard-pen.ts';

describe('keyboard pen', () => {
  it('moves the cursor one MNIST pixel per arrow, three with Shift, without drawing while up', () => {
    const right = penKey(START_PEN, 'ArrowRight');
    expect(right.pen.cursor).toEqual({ x: PAD_SIZE / 2 + KEY_STEP, y: PAD_SIZE / 2 });
    expect(right.action).toBeNull();
    expect(right.handled).toBe(true);
    const up = penKey(START_PEN, 'ArrowUp', true);
    expect(up.pen.cursor.y).toBe(PAD_SIZE / 2 - 3 * KEY_STEP);
  });

  it('puts the pen down and lifts it with Space, drawing while down', () => {
    const down = penKey(START_PEN, ' ');
    expect(down.action).toEqual({ kind: 'start', point: START_PEN.cursor });
    const moved = penKey(down.pen, 'ArrowDown');
    expect(moved.action).toEqual({ kind: 'extend', point: moved.pen.cursor });
    const lifted = penKey(moved.pen, ' ');
    expect(lifted.action).toEqual({ kind: 'end' });
    expect(lifted.pen.down).toBe(false);
    expect(penKey(down.pen, 'Escape').action).toEqual({ kind: 'end' });
  });

  it('stops at the edge of the pad and leaves other keys alone', () => {
    let pen = START_PEN;
    for (let i = 0; i < 40; i++) pen = penKey(pen, 'ArrowLeft', true).pen;
    expect(pen.cursor.x).toBe(0);
    expect(penKey(pen, 'Tab').handled).toBe(false);
    expect(penKey(START_PEN, 'Escape').handled).toBe(false);
  });
});
