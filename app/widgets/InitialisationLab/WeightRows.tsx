import { maxRowDifference } from '../../../src/nn/hidden-unit-spread.ts';
import { useComputation, useSessionData } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { short } from '../BackpropLab/format.ts';
import { barScale } from './bar-scale.ts';
import { strings } from './strings.ts';

/**
 * W[1]'s rows as a small bar chart, one row per hidden unit, and how far apart the rows are
 * (src/nn/hidden-unit-spread.ts), plus the mean slope of tanh over the data from the worker.
 */
export function WeightRows({ session, name }: { session: string; name: string }) {
  const text = useStrings(strings);
  // W[1] about three times a second while training.
  const parameters = useSessionData(session, (data) => data?.parameters ?? null, {
    throttleMs: 300,
  });
  const W = parameters?.W[0] ?? null;
  const { data: snapshot } = useComputation(
    'backprop-snapshot',
    {},
    { session, enabled: parameters !== null, refresh: parameters },
  );
  const meanDerivative = snapshot?.meanDerivative ?? null;

  if (!W) return null;
  const spread = maxRowDifference(W);
  let largest = 0;
  for (const w of W.data) largest = Math.max(largest, Math.abs(w));
  const scale = barScale(largest);
  const rows = Array.from({ length: W.rows }, (_, i) =>
    Array.from({ length: W.cols }, (_, k) => W.data[i * W.cols + k]!),
  );

  return (
    <div className="init-lab__weights">
      <dl className="run-panel__readouts">
        <div>
          <dt>{text.spread}</dt>
          <dd data-testid={`spread-${name}`} data-value={spread}>
            {spread === 0 ? '0' : short(spread)}
          </dd>
        </div>
        <div>
          <dt>{text.meanDerivative}</dt>
          <dd data-testid={`derivative-${name}`} data-value={meanDerivative ?? ''}>
            {meanDerivative === null ? '–' : meanDerivative.toFixed(3)}
          </dd>
        </div>
      </dl>
      <table className="init-lab__table" data-testid={`weights-${name}`}>
        <caption>
          {text.weights}. {text.weightsCaption({ scaleMax: scale })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.unit}</th>
            {rows[0]!.map((_, k) => (
              <th scope="col" key={k}>
                w<sub>i{k + 1}</sub>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              {row.map((w, k) => (
                <td key={k}>
                  <span className="init-lab__bar" aria-hidden="true">
                    <span
                      className={
                        w < 0 ? 'init-lab__fill init-lab__fill--negative' : 'init-lab__fill'
                      }
                      style={{
                        width: `${(Math.min(1, Math.abs(w) / scale) * 50).toFixed(1)}%`,
                        left:
                          w < 0
                            ? `${(50 - Math.min(1, Math.abs(w) / scale) * 50).toFixed(1)}%`
                            : '50%',
                      }}
                    />
                  </span>
                  <span className="init-lab__number">{short(w)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
