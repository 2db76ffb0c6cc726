import { useEffect, useRef, type PointerEvent } from 'react';

/**
 * Dragging a value along a plot's x axis (lesson 5's a, lesson 13's z): the pointer is
 * captured on press, focus moves to the handle (so the arrow keys carry on from there), and
 * the value follows at most once per animation frame however fast pointer events arrive.
 * `valueAt(fraction)` turns 0..1 across the track into a value; a locked handle ignores drags.
 */
export function useDragHandle(
  valueAt: (fraction: number) => number,
  onChange: (value: number) => void,
  locked: boolean,
) {
  const pending = useRef<number | null>(null);
  const frame = useRef(0);
  const handle = useRef<HTMLDivElement>(null);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  function schedule(next: number) {
    pending.current = next;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (pending.current !== null) onChange(pending.current);
      pending.current = null;
    });
  }

  function under(event: PointerEvent<HTMLDivElement>): number {
    const box = event.currentTarget.getBoundingClientRect();
    return valueAt(box.width > 0 ? (event.clientX - box.left) / box.width : 0.5);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (locked || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault(); // no text selection while dragging; focus is moved by hand below
    event.currentTarget.setPointerCapture(event.pointerId);
    handle.current?.focus({ preventScroll: true });
    schedule(under(event));
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!locked && event.currentTarget.hasPointerCapture(event.pointerId)) schedule(under(event));
  }

  return { handle, onPointerDown, onPointerMove };
}
