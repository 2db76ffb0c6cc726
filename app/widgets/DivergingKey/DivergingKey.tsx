import type { ReactNode, RefObject } from 'react';
import './DivergingKey.css';

/**
 * The key of a diverging picture (weights, contributions): a bar from the negative colour
 * through the background to the positive one, with its two ends, and a legend that marks
 * each colour with a sign as well, so the picture never relies on colour alone.
 */
export function DivergingScale({
  low,
  high,
  lowRef,
  highRef,
}: {
  low: ReactNode;
  high: ReactNode;
  /** For painters that rewrite the ends in place while training (no React render). */
  lowRef?: RefObject<HTMLSpanElement | null>;
  highRef?: RefObject<HTMLSpanElement | null>;
}) {
  return (
    <div className="diverging-scale" aria-hidden="true">
      <span ref={lowRef}>{low}</span>
      <span className="diverging-scale__bar" />
      <span ref={highRef}>{high}</span>
    </div>
  );
}

export function DivergingKey({ negative, positive }: { negative: string; positive: string }) {
  return (
    <ul className="diverging-key">
      <li>
        <span className="diverging-key__swatch diverging-key__swatch--negative" aria-hidden="true">
          −
        </span>{' '}
        {negative}
      </li>
      <li>
        <span className="diverging-key__swatch diverging-key__swatch--positive" aria-hidden="true">
          +
        </span>{' '}
        {positive}
      </li>
    </ul>
  );
}
