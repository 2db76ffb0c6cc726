import katex from 'katex';
import { useMemo } from 'react';

interface EquationProps {
  /** TeX source, e.g. `\hat{y} = \sigma(w^T x + b)` */
  tex: string;
  /** Display (block) math; inline when false. */
  display?: boolean;
  /** Optional accessible label; KaTeX already emits MathML for screen readers. */
  label?: string;
}

/** KaTeX outside MDX: for widgets and panels that show an equation beside a plot. */
export function Equation({ tex, display = true, label }: EquationProps) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );
  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={display ? 'equation equation--display' : 'equation'}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
