/**
 * Drawing without a pointer: a cursor on the pad moved by the arrow keys, and a pen that
 * Space (or Enter) puts down and lifts. Moving with the pen down draws. A pure function of
 * the key, so it is tested without a browser; the pad applies the stroke it returns.
 */
import { clampPoint, PAD_SIZE, type Point } from './drawing.ts';

/** One arrow press moves the cursor one MNIST pixel (a 28th of the pad); with Shift, three. */
export const KEY_STEP = PAD_SIZE / 28;

export interface KeyboardPen {
  cursor: Point;
  down: boolean;
}

export const START_PEN: KeyboardPen = { cursor: { x: PAD_SIZE / 2, y: PAD_SIZE / 2 }, down: false };

export type PenAction =
  { kind: 'start'; point: Point } | { kind: 'extend'; point: Point } | { kind: 'end' } | null;

export interface KeyResult {
  pen: KeyboardPen;
  action: PenAction;
  /** The key meant something here (the page should not also act on it). */
  handled: boolean;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function penKey(pen: KeyboardPen, key: string, shift = false): KeyResult {
  const direction = DIRECTIONS[key];
  if (direction) {
    const step = KEY_STEP * (shift ? 3 : 1);
    const cursor = clampPoint({
      x: pen.cursor.x + direction[0] * step,
      y: pen.cursor.y + direction[1] * step,
    });
    return {
      pen: { ...pen, cursor },
      action: pen.down ? { kind: 'extend', point: cursor } : null,
      handled: true,
    };
  }
  if (key === ' ' || key === 'Enter') {
    return pen.down
      ? { pen: { ...pen, down: false }, action: { kind: 'end' }, handled: true }
      : {
          pen: { ...pen, down: true },
          action: { kind: 'start', point: pen.cursor },
          handled: true,
        };
  }
  if (key === 'Escape' && pen.down) {
    return { pen: { ...pen, down: false }, action: { kind: 'end' }, handled: true };
  }
  return { pen, action: null, handled: false };
}
