import { useComputation, useSessionData } from '../../engine/index.ts';
import { Equation } from '../../components/Equation.tsx';
import { useStrings } from '../../i18n/useStrings.ts';
import { BACKWARD, FORWARD, type AnnotatedEquation } from './equations.ts';
import { entriesOf, shapeOf, short } from './format.ts';
import { SNAPSHOT_INTERVAL_MS } from './settings.ts';
import { strings } from './strings.ts';

/**
 * Every forward and backward equation beside the live shape, norm and first entries of
 * the matrix it defines, from the worker's backprop-snapshot (a few times a second).
 */
export function BackpropEquations({ session }: { session: string }) {
  const text = useStrings(strings);
  // The parameters a few times a second while training, and whenever new data arrives.
  const parameters = useSessionData(session, (data) => data?.parameters ?? null, {
    throttleMs: SNAPSHOT_INTERVAL_MS,
  });
  const { data: snapshot } = useComputation(
    'backprop-snapshot',
    {},
    { session, enabled: parameters !== null, refresh: parameters },
  );

  const row = (equation: AnnotatedEquation) => {
    const summary = snapshot?.matrices[equation.name];
    const entries = summary ? entriesOf(summary) : null;
    return (
      <li
        key={equation.name}
        className="backprop-lab__row"
        data-testid={`eq-${equation.name}`}
        data-shape={summary ? shapeOf(summary) : ''}
        data-norm={summary?.norm ?? ''}
      >
        <div role="group" aria-label={equation.label}>
          <div className="backprop-lab__tex">
            <Equation tex={equation.tex} display={false} />
          </div>
          {summary && entries && (
            <dl className="backprop-lab__values">
              <div>
                <dt>{text.shape}</dt>
                <dd data-testid={`shape-${equation.name}`}>{shapeOf(summary)}</dd>
              </div>
              <div>
                <dt>{text.norm}</dt>
                <dd data-testid={`norm-${equation.name}`}>{short(summary.norm)}</dd>
              </div>
              <div className="backprop-lab__entries">
                <dt>{text.entries}</dt>
                <dd>
                  {entries.values}
                  {entries.more ? text.more : ''}
                </dd>
              </div>
            </dl>
          )}
        </div>
      </li>
    );
  };

  return (
    <div className="backprop-lab__equations" data-testid="backprop-equations">
      <p
        className="backprop-lab__note"
        data-testid="snapshot-iteration"
        data-value={snapshot?.iteration ?? ''}
      >
        {snapshot
          ? text.snapshotAt({ iteration: snapshot.iteration, m: snapshot.m })
          : text.waiting}
        {snapshot && (
          <>
            {' '}
            {text.meanDerivative} = {short(snapshot.meanDerivative)}.
          </>
        )}
      </p>
      <h4>{text.forward}</h4>
      <ol className="backprop-lab__list">{FORWARD.map(row)}</ol>
      <h4>{text.backward}</h4>
      <ol className="backprop-lab__list">{BACKWARD.map(row)}</ol>
    </div>
  );
}
