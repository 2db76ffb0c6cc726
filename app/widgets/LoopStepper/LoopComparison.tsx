import { useMemo } from 'react';
import type { Matrix } from '../../../src/math/matrix.ts';
import { vectorisedGradientStep } from '../../../src/nn/logistic-regression.ts';
import { loopGradientStep } from '../../../src/nn/loop-logistic-regression.ts';
import type { LoopState } from '../../../src/nn/loop-trace.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';

interface LoopComparisonProps {
  X: Matrix;
  Y: Matrix;
  w: Float64Array;
  b: number;
  learningRate: number;
  /** the trace's last state, or null while the loop has not reached it */
  last: LoopState | null;
}

/** The stepped loop's result beside the engine's loop reference and its vectorised step. */
export function LoopComparison({ X, Y, w, b, learningRate, last }: LoopComparisonProps) {
  const s = useStrings(strings);
  const results = useMemo(
    () => ({
      loop: loopGradientStep(w, b, X, Y, learningRate),
      vectorised: vectorisedGradientStep(w, b, X, Y, learningRate),
    }),
    [w, b, X, Y, learningRate],
  );
  if (!last) {
    return (
      <div className="loop-stepper__comparison" data-testid="loop-comparison" data-state="waiting">
        <h4>{s.comparisonTitle}</h4>
        <p>{s.comparisonWaiting}</p>
      </div>
    );
  }
  const { loop, vectorised } = results;
  const rows: [string, number, number, number][] = [
    ['J', last.J, loop.cost, vectorised.cost],
    ['dw₁', last.dw[0]!, loop.dw[0]!, vectorised.dw[0]!],
    ['dw₂', last.dw[1]!, loop.dw[1]!, vectorised.dw[1]!],
    ['db', last.db, loop.db, vectorised.db],
    [s.newValue({ name: 'w₁' }), last.w[0]!, loop.w[0]!, vectorised.w[0]!],
    [s.newValue({ name: 'w₂' }), last.w[1]!, loop.w[1]!, vectorised.w[1]!],
    [s.newValue({ name: 'b' }), last.b, loop.b, vectorised.b],
  ];
  const exact = rows.every(([, stepped, reference]) => stepped === reference);
  const difference = Math.max(...rows.map(([, stepped, , v]) => Math.abs(stepped - v)));
  const differenceText = difference === 0 ? '0' : difference.toExponential(1);
  return (
    <div
      className="loop-stepper__comparison"
      data-testid="loop-comparison"
      data-state="done"
      data-exact={String(exact)}
      data-max-difference={String(difference)}
    >
      <h4>{s.comparisonTitle}</h4>
      <div
        className="loop-stepper__scroll"
        tabIndex={0}
        role="region"
        aria-label={s.comparisonTitle}
      >
        <table className="loop-stepper__table">
          <thead>
            <tr>
              <th scope="col">{s.comparisonColumns.quantity}</th>
              <th scope="col">{s.comparisonColumns.stepped}</th>
              <th scope="col">
                <code>{s.comparisonColumns.loop}</code>
              </th>
              <th scope="col">
                <code>{s.comparisonColumns.vectorised}</code>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, stepped, reference, v]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{stepped.toPrecision(8)}</td>
                <td>{reference.toPrecision(8)}</td>
                <td>{v.toPrecision(8)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="comparison-summary">
        {s.comparisonSummary({ difference: differenceText, exact })}
      </p>
    </div>
  );
}
