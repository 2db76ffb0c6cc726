import { useCallback, useEffect, useState, type RefObject } from 'react';
import { arrowKeysBelongTo } from '../useArrowKeyNavigation.ts';
import { findSteps, widgetButton, type Step } from './steps.ts';
import { usePresentation } from './usePresentation.ts';
import './presentation.css';
import { shellStrings } from '../../i18n/shell-strings.ts';
import { useStrings } from '../../i18n/useStrings.ts';

interface PresentationModeProps {
  /** The lesson body whose widgets are the steps. */
  body: RefObject<HTMLDivElement | null>;
  /** Changes when the lesson's content (re)renders, so the steps are found again. */
  contentKey: string;
  /** Go to the previous/next lesson (at its last/first step), if there is one. */
  onPreviousLesson?: () => void;
  onNextLesson?: () => void;
}

/**
 * Presentation mode: large type, high contrast, one widget at a time filling the screen
 * beside its key equation. ←/→ and a clicker's Page Up/Page Down step through the
 * lesson's widgets and on to the next lesson; space trains or pauses; P toggles.
 */
export function PresentationMode({
  body,
  contentKey,
  onPreviousLesson,
  onNextLesson,
}: PresentationModeProps) {
  const s = useStrings(shellStrings);
  const { presenting, step, setPresenting, setStep } = usePresentation();
  const [steps, setSteps] = useState<Step[]>([]);
  const [, setTick] = useState(0);
  const current = steps.length ? Math.min(step, steps.length - 1) : 0;

  // Find the steps once the lesson has rendered (widgets may mount a moment later).
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const refresh = () => setSteps(findSteps(element));
    refresh();
    const observer = new MutationObserver(refresh);
    observer.observe(element, { childList: true });
    return () => observer.disconnect();
  }, [body, contentKey]);

  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presenting = 'true';
    else delete root.dataset.presenting;
    return () => {
      delete root.dataset.presenting;
    };
  }, [presenting]);

  // Mark what is shown: the current widget and its equation.
  useEffect(() => {
    if (!presenting) return;
    const shown = steps[current];
    shown?.widget.setAttribute('data-present', 'widget');
    const equation = shown?.equation;
    equation?.setAttribute('data-present', 'equation');
    let shownNow = true;
    if (equation) {
      fitToColumn(equation);
      // KaTeX's own fonts may arrive after this; they are wider than the fallback.
      void document.fonts?.ready.then(() => {
        if (shownNow) fitToColumn(equation);
      });
    }
    return () => {
      shownNow = false;
      shown?.widget.removeAttribute('data-present');
      equation?.removeAttribute('data-present');
      equation?.style.removeProperty('font-size');
    };
  }, [presenting, steps, current]);

  const next = useCallback(() => {
    if (current < steps.length - 1) setStep(current + 1);
    else onNextLesson?.();
  }, [current, steps.length, setStep, onNextLesson]);
  const previous = useCallback(() => {
    if (current > 0) setStep(current - 1);
    else onPreviousLesson?.();
  }, [current, setStep, onPreviousLesson]);
  const trainOrPause = useCallback(() => {
    (widgetButton(steps[current], 'pause') ?? widgetButton(steps[current], 'train'))?.click();
  }, [steps, current]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (arrowKeysBelongTo(event.target)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        setPresenting(!presenting);
        return;
      }
      if (!presenting) return;
      const onButton =
        event.target instanceof Element && event.target.closest('button, a, summary');
      if (event.key === 'ArrowRight' || event.key === 'PageDown') next();
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') previous();
      else if (event.key === 'Escape') setPresenting(false);
      else if (event.key === ' ' && !onButton) trainOrPause();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, next, previous, trainOrPause, setPresenting]);

  // The proxy buttons' enabled state follows the widget's own buttons.
  useEffect(() => {
    if (!presenting) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), 250);
    return () => window.clearInterval(timer);
  }, [presenting]);

  if (!presenting) {
    return (
      <button
        type="button"
        className="present-toggle"
        data-testid="present"
        title={s.presentHint}
        onClick={() => setPresenting(true)}
      >
        <span aria-hidden="true">▣</span> {s.present}
      </button>
    );
  }

  const shown = steps[current];
  const running = widgetButton(shown, 'pause') !== null;
  const proxy = (testId: 'train' | 'pause' | 'step' | 'reset') => () =>
    widgetButton(shown, testId)?.click();
  return (
    <div
      className="present-bar"
      role="toolbar"
      aria-label={s.presentControls}
      data-testid="present-bar"
    >
      <button
        type="button"
        onClick={previous}
        aria-label={s.presentPrevious}
        data-testid="present-previous"
      >
        ◀
      </button>
      <span className="present-bar__where" data-testid="present-step" aria-live="polite">
        {steps.length
          ? s.presentStep({ current: current + 1, total: steps.length })
          : s.presentNoSteps}
      </span>
      <button type="button" onClick={next} aria-label={s.presentNext} data-testid="present-next">
        ▶
      </button>
      {running ? (
        <button type="button" onClick={proxy('pause')} data-testid="present-pause">
          ⏸ {s.presentPause}
        </button>
      ) : (
        <button
          type="button"
          onClick={proxy('train')}
          disabled={!widgetButton(shown, 'train')}
          data-testid="present-train"
        >
          ▶ {s.presentTrain}
        </button>
      )}
      <button
        type="button"
        onClick={proxy('step')}
        disabled={!widgetButton(shown, 'step')}
        data-testid="present-stepone"
      >
        {s.presentStepOnce}
      </button>
      <button
        type="button"
        onClick={proxy('reset')}
        disabled={!widgetButton(shown, 'reset')}
        data-testid="present-reset"
      >
        ↺ {s.presentReset}
      </button>
      <button type="button" onClick={() => setPresenting(false)} data-testid="present-exit">
        ✕ {s.presentExit}
      </button>
    </div>
  );
}

/** The key equation's size while presenting (presentation.css), before any fitting. */
const PRESENTED_EQUATION_EM = 1.15;

/**
 * A key equation wider than the presenter's column is shrunk until it fits (KaTeX sizes
 * everything in em), so the room sees all of it instead of a scroll bar.
 */
function fitToColumn(equation: HTMLElement): void {
  equation.style.removeProperty('font-size');
  let em = PRESENTED_EQUATION_EM;
  // A few passes: spacing KaTeX sets in absolute units does not shrink with the font.
  for (let pass = 0; pass < 4; pass++) {
    const overflow = widestPart(equation) / Math.max(1, equation.clientWidth);
    if (overflow <= 1) return;
    // A little under the exact ratio: rounding in KaTeX's struts can leave a pixel over.
    em = (em / overflow) * 0.97;
    equation.style.fontSize = `${em.toFixed(3)}em`;
  }
}

/** KaTeX's display blocks scroll on their own, so the widest of them says how wide it is. */
function widestPart(equation: HTMLElement): number {
  return Math.max(
    equation.scrollWidth,
    ...Array.from(equation.querySelectorAll<HTMLElement>('.katex-display'), (d) => d.scrollWidth),
  );
}
