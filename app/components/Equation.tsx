import katex from 'katex';
import { useEffect, useMemo, useRef } from 'react';
import { markIfOverflowing } from './overflow-focus.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

interface EquationProps {
  /** TeX source, e.g. `\hat{y} = \sigma(w^T x + b)` */
  tex: string;
  /** Display (block) math; inline when false. */
  display?: boolean;
  /** Optional accessible label; KaTeX already emits MathML for screen readers. */
  label?: string;
}

/**
 * KaTeX outside MDX: for widgets and panels that show an equation beside a plot. A display
 * equation wider than its box scrolls sideways and then becomes a keyboard stop.
 */
export function Equation({ tex, display = true, label }: EquationProps) {
  const s = useStrings(shellStrings);
  const root = useRef<HTMLDivElement>(null);
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );

  useEffect(() => {
    const element = root.current;
    if (!display || !element || typeof ResizeObserver === 'undefined') return;
    const mark = () => markIfOverflowing(element, label ?? s.wideEquation);
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(element);
    return () => observer.disconnect();
  }, [display, html, label, s]);

  if (!display) {
    return (
      <span className="equation" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />
    );
  }
  return (
    <div
      ref={root}
      className="equation equation--display"
      role={label ? 'group' : undefined}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
