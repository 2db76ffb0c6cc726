import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { PAD_SIZE, type Point } from './drawing.ts';
import { penKey, START_PEN, type KeyboardPen } from './keyboard-pen.ts';

interface PadCanvasProps {
  canvas: React.RefObject<HTMLCanvasElement | null>;
  /** Pen down at a point, moved through points, lifted. */
  begin(point: Point): void;
  extend(points: readonly Point[]): void;
  end(): void;
  setPen(pen: KeyboardPen | null): void;
  label: string;
  roleDescription: string;
  describedBy: string;
}

/**
 * The drawing surface. Pointer events cover mouse, pen and touch alike; the canvas captures
 * the pointer that started a stroke (so a stroke that leaves the pad still ends) and ignores
 * a second finger. `touch-action: none` (in the CSS) stops the page from scrolling under a
 * finger. The keyboard moves a cursor and lifts and lowers the pen (keyboard-pen.ts).
 */
export function PadCanvas({
  canvas,
  begin,
  extend,
  end,
  setPen,
  label,
  roleDescription,
  describedBy,
}: PadCanvasProps) {
  const activePointer = useRef<number | null>(null);
  const pen = useRef<KeyboardPen>(START_PEN);

  const toPad = (event: { clientX: number; clientY: number }): Point => {
    const rect = canvas.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * PAD_SIZE,
      y: ((event.clientY - rect.top) / rect.height) * PAD_SIZE,
    };
  };

  const endPointer = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (event.pointerId !== activePointer.current) return;
    activePointer.current = null;
    end();
  };

  return (
    <canvas
      ref={canvas}
      className="digit-pad__canvas"
      data-testid="digit-pad"
      width={PAD_SIZE}
      height={PAD_SIZE}
      tabIndex={0}
      role="application"
      aria-roledescription={roleDescription}
      aria-label={label}
      aria-describedby={describedBy}
      onPointerDown={(event) => {
        if (activePointer.current !== null) return;
        if (event.pointerType === 'mouse' && event.button !== 0) return;
        event.preventDefault();
        try {
          event.currentTarget.setPointerCapture(event.pointerId);
        } catch {
          // A pointer the browser does not know as active (a synthetic event) cannot be captured.
        }
        activePointer.current = event.pointerId;
        setPen(null);
        begin(toPad(event));
      }}
      onPointerMove={(event) => {
        if (event.pointerId !== activePointer.current) return;
        // Every sample the device reported since the last event, for smooth curves.
        const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
        const points = (samples.length > 0 ? samples : [event]).map(toPad);
        extend(points);
      }}
      onPointerUp={endPointer}
      onPointerCancel={endPointer}
      onLostPointerCapture={endPointer}
      onKeyDown={(event) => {
        const result = penKey(pen.current, event.key, event.shiftKey);
        if (!result.handled) return;
        event.preventDefault();
        pen.current = result.pen;
        const action = result.action;
        if (action?.kind === 'start') begin(action.point);
        else if (action?.kind === 'extend') extend([action.point]);
        else if (action?.kind === 'end') end();
        setPen(pen.current);
      }}
      onFocus={(event) => {
        // The cursor shows for keyboard focus only; a pointer user does not need it.
        if (event.currentTarget.matches(':focus-visible')) setPen(pen.current);
      }}
      onBlur={() => {
        if (pen.current.down) {
          pen.current = { ...pen.current, down: false };
          end();
        }
        setPen(null);
      }}
    />
  );
}
