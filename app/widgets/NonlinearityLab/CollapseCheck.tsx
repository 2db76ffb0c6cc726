import { useComputation, useSessionData } from '../../engine/index.ts';
import { Equation } from '../../components/Equation.tsx';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';

const fixed = (x: number) => (Math.abs(x) < 5e-5 ? '0.0000' : x.toFixed(4));
const sci = (x: number) => (x === 0 ? '0' : x.toExponential(1));

/**
 * W' = W[2]W[1], b' = W[2]b[1] + b[2] from the linear session's parameters, and how far the
 * one-layer model's outputs are from the network's, computed in the worker (about twice a
 * second while training).
 */
export function CollapseCheck({ session }: { session: string }) {
  const text = useStrings(strings);
  // The parameters twice a second while training, and whenever new data arrives.
  const parameters = useSessionData(session, (data) => data?.parameters ?? null, {
    throttleMs: 500,
  });
  const { data: result } = useComputation(
    'linear-collapse',
    {},
    { session, enabled: parameters !== null, refresh: parameters },
  );

  // Two equations rather than one, so each fits a phone's width.
  const texW = result
    ? `W' = W^{[2]}W^{[1]} = \\begin{bmatrix} ${result.W.map(fixed).join(' & ')} \\end{bmatrix}`
    : null;
  const texB = result ? `b' = W^{[2]}b^{[1]} + b^{[2]} = ${fixed(result.b[0]!)}` : null;

  return (
    <section className="nonlinearity-lab__collapse" data-testid="collapse-check">
      <h4>{text.collapseTitle}</h4>
      <p className="compared-runs__note">{text.collapseIntro}</p>
      {!result || !texW || !texB ? (
        <p>{text.collapseWaiting}</p>
      ) : (
        <>
          <div role="group" aria-label={text.collapseLabel} data-testid="collapsed-parameters">
            <Equation tex={texW} />
            <Equation tex={texB} />
          </div>
          <dl className="nonlinearity-lab__facts">
            <div>
              <dt>{text.maxDifference}</dt>
              <dd
                className="compared-runs__readout"
                data-testid="collapse-difference"
                data-value={result.maxOutputDifference}
                data-iteration={result.iteration}
              >
                {sci(result.maxOutputDifference)}
              </dd>
            </div>
            <div>
              <dt>{text.logitDifference}</dt>
              <dd className="compared-runs__readout" data-value={result.maxLogitDifference}>
                {sci(result.maxLogitDifference)}
              </dd>
            </div>
          </dl>
          <p className="compared-runs__note" data-testid="collapse-disagreements">
            {text.disagreements({ count: result.disagreements, m: result.m })} (
            {text.afterIterations({ iteration: result.iteration })})
          </p>
        </>
      )}
    </section>
  );
}
