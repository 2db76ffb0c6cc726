import { readNudge, type IntuitionFunctionName } from '../../../src/math/difference-quotient.ts';
import { formatFixed, formatShort } from './draw-derivative.ts';

type Kind = 'fa' | 'fa-nudged' | 'height' | 'ratio' | 'exact' | 'difference';

interface DerivativeValueProps {
  fn: IntuitionFunctionName;
  a: number;
  kind: Kind;
  nudge?: number;
  /** Fixed decimals; without it, up to 6 decimals with trailing zeros dropped. */
  digits?: number;
}

/** A number quoted in lesson 5's prose, computed by src/math/difference-quotient.ts. */
export function DerivativeValue({ fn, a, kind, nudge = 0.001, digits }: DerivativeValueProps) {
  const r = readNudge(fn, a, nudge);
  const value = {
    fa: r.fa,
    'fa-nudged': r.faNudged,
    height: r.height,
    ratio: r.ratio,
    exact: r.exact,
    difference: r.difference,
  }[kind];
  return (
    <span className="derivative-computed" data-value={value}>
      {digits === undefined ? formatShort(value, 6) : formatFixed(value, digits)}
    </span>
  );
}
