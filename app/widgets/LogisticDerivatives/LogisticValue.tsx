import {
  gradientDescentStep,
  logisticDerivatives,
  type LogisticExample,
} from '../../../src/nn/scalar-graph-examples.ts';
import { formatFixed, formatNumber } from '../ComputationGraph/graph-layout.ts';
import { DEFAULT_EXAMPLE, logisticSchema } from './settings.ts';

type Kind =
  | 'z'
  | 'a'
  | 'L'
  | 'da'
  | 'dz'
  | 'dzChain'
  | 'dw1'
  | 'dw2'
  | 'db'
  /** after one step of gradient descent with `alpha`: */
  | 'next-L'
  | 'next-w1'
  | 'next-dz';

interface LogisticValueProps {
  kind: Kind;
  /** Changes from the widget's default example. */
  example?: Partial<LogisticExample>;
  alpha?: number;
  digits?: number;
}

/** A number in lesson 7's prose, computed by src/nn/scalar-graph-examples.ts for the widget's default example. */
export function LogisticValue({ kind, example, alpha, digits }: LogisticValueProps) {
  const e = { ...DEFAULT_EXAMPLE, ...example };
  const value =
    kind === 'next-L' || kind === 'next-w1' || kind === 'next-dz'
      ? (() => {
          const step = gradientDescentStep(e, alpha ?? logisticSchema.alpha.default);
          if (kind === 'next-L') return step.lossAfter;
          if (kind === 'next-w1') return step.next.w1;
          return logisticDerivatives(step.next).dz;
        })()
      : logisticDerivatives(e)[kind];
  return (
    <span className="logistic-computed" data-value={value}>
      {digits === undefined ? formatNumber(value, 4) : formatFixed(value, digits)}
    </span>
  );
}
