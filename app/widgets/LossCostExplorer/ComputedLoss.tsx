import { crossEntropyLoss } from '../../../src/math/losses.ts';
import { formatFixed } from './draw-loss-cost.ts';

/** A loss quoted in the lesson's prose, L(ŷ, y) computed by the engine rather than typed in. */
export function ComputedLoss({ yhat, y, digits = 3 }: { yhat: number; y: 0 | 1; digits?: number }) {
  const value = crossEntropyLoss(yhat, y);
  return (
    <span className="lc-computed" data-value={value}>
      {formatFixed(value, digits)}
    </span>
  );
}
