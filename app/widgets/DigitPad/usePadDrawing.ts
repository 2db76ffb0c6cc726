import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { preprocessDrawing, type PreprocessedDigit } from '../../../src/data/digit-preprocess.ts';
import { digitLabStore, setPadDigit, type DigitOrigin } from '../../stores/digit-lab.ts';
import {
  EMPTY_DRAWING,
  extendStroke,
  PAD_SIZE,
  startStroke,
  undoDepth,
  undoStroke,
  withBackground,
  type Drawing,
  type Point,
} from './drawing.ts';
import type { KeyboardPen } from './keyboard-pen.ts';
import { inkOf, paintDrawing } from './paint-drawing.ts';

export interface PadView {
  /** The keyboard pen's cursor, shown while the pad has keyboard focus. */
  pen: KeyboardPen | null;
}

/** A test digit on the pad: its origin, until the pad is cleared. */
type Loaded = Extract<DigitOrigin, { kind: 'test' }> | null;

function themeColours(element: Element) {
  const style = getComputedStyle(element);
  return {
    ink: style.getPropertyValue('--color-text').trim() || '#000',
    paper: style.getPropertyValue('--color-bg').trim() || '#fff',
    guide: style.getPropertyValue('--color-accent').trim() || '#06c',
  };
}

/** The ink's bounding box (the crop) and the keyboard cursor, over the strokes. */
function paintGuides(
  context: CanvasRenderingContext2D,
  digit: PreprocessedDigit | null,
  view: PadView,
  guide: string,
): void {
  context.save();
  context.strokeStyle = guide;
  context.lineWidth = 1.5;
  if (digit) {
    const { x, y, width, height } = digit.box;
    context.setLineDash([6, 4]);
    context.strokeRect(x - 1, y - 1, width + 2, height + 2);
  }
  if (view.pen) {
    const { cursor, down } = view.pen;
    context.setLineDash([]);
    context.lineWidth = 2;
    context.beginPath();
    context.arc(cursor.x, cursor.y, PAD_SIZE / 24, 0, 2 * Math.PI);
    if (down) {
      context.fillStyle = guide;
      context.fill();
    } else context.stroke();
    context.beginPath();
    context.moveTo(cursor.x - PAD_SIZE / 14, cursor.y);
    context.lineTo(cursor.x + PAD_SIZE / 14, cursor.y);
    context.moveTo(cursor.x, cursor.y - PAD_SIZE / 14);
    context.lineTo(cursor.x, cursor.y + PAD_SIZE / 14);
    context.stroke();
  }
  context.restore();
}

/**
 * The drawing outlives the pad: switching language remounts the lesson's widgets, and the
 * student's digit (or the test digit they loaded) must still be on the pad afterwards.
 */
let kept: { drawing: Drawing; loaded: Loaded } = { drawing: EMPTY_DRAWING, loaded: null };

/**
 * The pad's drawing and the path from it to the models: every change is gathered until the
 * next animation frame, which repaints the pad, reads its ink, preprocesses it like MNIST
 * (src/data/digit-preprocess.ts) and publishes the 28 x 28 digit to the lesson's store, where
 * the predictions pick it up. So however fast a pen moves, the work is done once per frame.
 */
export function usePadDrawing(canvas: React.RefObject<HTMLCanvasElement | null>) {
  const drawing = useRef<Drawing>(kept.drawing);
  const view = useRef<PadView>({ pen: null });
  const loaded = useRef<Loaded>(kept.loaded);
  /** performance.now() of the oldest input not yet shown (null: nothing waiting). */
  const waitingSince = useRef<number | null>(null);
  const frame = useRef(0);
  /** A stroke is being drawn (the predictions follow it, but it is not finished). */
  const strokeOpen = useRef(false);
  const [depth, setDepth] = useState(0);

  const render = useCallback(() => {
    frame.current = 0;
    const element = canvas.current;
    if (!element) return;
    const context = element.getContext('2d');
    const colours = themeColours(element);
    const inputAt = waitingSince.current;
    waitingSince.current = null;
    // Only a change of the drawing (not a cursor move) needs the models to look again.
    kept = { drawing: drawing.current, loaded: loaded.current };
    const digit = preprocessDrawing(inkOf(drawing.current));
    if (context) {
      const scale = element.width / PAD_SIZE;
      context.setTransform(scale, 0, 0, scale, 0, 0);
      paintDrawing(context, drawing.current, { ink: colours.ink, paper: colours.paper });
      paintGuides(context, digit, view.current, colours.guide);
    }
    element.dataset.strokes = String(drawing.current.strokes.length);
    setDepth(undoDepth(drawing.current));
    if (inputAt !== null) {
      setPadDigit({
        pixels: digit?.pixels ?? null,
        origin: loaded.current ?? { kind: 'drawn' },
        inputAt,
        settled: !strokeOpen.current,
      });
    }
  }, [canvas]);

  const schedule = useCallback(
    (drawingChanged: boolean) => {
      if (drawingChanged && waitingSince.current === null) waitingSince.current = performance.now();
      if (!frame.current) frame.current = requestAnimationFrame(render);
    },
    [render],
  );

  const change = useCallback(
    (next: Drawing) => {
      if (next === drawing.current) return;
      drawing.current = next;
      if (!next.background) loaded.current = null;
      schedule(true);
    },
    [schedule],
  );

  const actions = useMemo(
    () => ({
      begin(point: Point) {
        strokeOpen.current = true;
        change(startStroke(drawing.current, point));
      },
      extend(points: readonly Point[]) {
        change(extendStroke(drawing.current, points));
      },
      /** The pen is lifted: the digit is published once more, as settled. */
      end() {
        strokeOpen.current = false;
        schedule(true);
      },
      undo() {
        strokeOpen.current = false;
        change(undoStroke(drawing.current));
      },
      clear() {
        strokeOpen.current = false;
        change(EMPTY_DRAWING);
      },
    }),
    [change, schedule],
  );

  const setPen = useCallback(
    (pen: KeyboardPen | null) => {
      view.current = { pen };
      schedule(false);
    },
    [schedule],
  );

  // A test digit asked for by another widget replaces whatever is on the pad.
  useEffect(() => {
    const load = () => {
      const request = digitLabStore.getState().request;
      if (!request) return;
      digitLabStore.setState({ request: null });
      strokeOpen.current = false;
      drawing.current = withBackground(request.pixels);
      loaded.current = { kind: 'test', index: request.index, label: request.label };
      schedule(true);
    };
    load();
    return digitLabStore.subscribe(load);
  }, [schedule]);

  // Size the canvas for the screen's pixel density, and repaint on theme changes.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const side = Math.round(PAD_SIZE * Math.min(3, Math.max(1, window.devicePixelRatio || 1)));
    element.width = side;
    element.height = side;
    // Publish what the pad holds now (after a remount, e.g. a language switch, the kept drawing).
    schedule(true);
    const observer = new MutationObserver(() => schedule(false));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => {
      observer.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [canvas, schedule]);

  return { ...actions, setPen, undoDepth: depth };
}
