import { useEffect, useRef, useState } from 'react';
import {
  type MnistMistakesOutput,
  useComputation,
  useSessionData,
  useTraining,
} from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { DigitCanvas } from '../MnistDigit/DigitCanvas.tsx';
import { MISTAKES_SHOWN } from './settings.ts';
import { strings } from './strings.ts';

/**
 * The misclassified test digits, computed in the worker (mnist-mistakes) from the
 * session's current parameters: refreshed when training stops, after a configure or
 * reset, and on the button.
 */
export function MistakesGrid({
  session,
  onResult,
}: {
  session: string;
  onResult?(out: MnistMistakesOutput): void;
}) {
  const text = useStrings(strings);
  const status = useTraining((state) => state.sessions[session]?.status ?? 'configuring');
  const iteration = useTraining((state) => state.sessions[session]?.iteration ?? 0);
  const X = useSessionData(session, (data) => data?.X ?? null);
  const ready = status !== 'configuring' && status !== 'failed';
  const settled = ready && status !== 'running';
  const [press, setPress] = useState(0);
  // Whenever the parameters come to rest (paused, finished, stepped, reset, new data), look
  // again; while training runs, only the button asks.
  const rest = useRef<unknown[]>([]);
  if (settled) rest.current = [iteration, X];
  const mistakes = useComputation(
    'mnist-mistakes',
    { limit: MISTAKES_SHOWN },
    { session, enabled: ready, refresh: [rest.current, press] },
  );
  const result = mistakes.data;
  const busy = mistakes.pending;
  const error = mistakes.error?.message ?? null;
  const refresh = () => setPress((n) => n + 1);
  const report = useRef(onResult);
  report.current = onResult;
  useEffect(() => {
    if (result) report.current?.(result);
  }, [result]);

  const stale = result !== null && result.iteration !== iteration;
  return (
    <section className="mnist-lab__mistakes" aria-label={text.mistakesTitle} data-testid="mistakes">
      <div className="mnist-lab__mistakes-head">
        <h4 className="mnist-lab__subtitle">{text.mistakesTitle}</h4>
        <button
          type="button"
          data-testid="mistakes-refresh"
          disabled={!ready || busy}
          onClick={refresh}
        >
          ↻ {text.mistakesRefresh}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <p
          data-testid="mistakes-summary"
          data-iteration={result.iteration}
          data-wrong={result.wrongCount}
          data-mtest={result.mTest}
          aria-live="polite"
        >
          {result.wrongCount === 0
            ? text.mistakesNone({ mTest: result.mTest, iteration: result.iteration })
            : text.mistakesSummary({
                wrong: result.wrongCount,
                mTest: result.mTest,
                shown: result.X.cols,
                iteration: result.iteration,
              })}{' '}
          {busy ? text.mistakesLoading : stale ? text.mistakesStale : ''}
        </p>
      )}
      {!result && busy && <p>{text.mistakesLoading}</p>}
      {result && result.X.cols > 0 && (
        <ul className="mnist-lab__mistakes-grid" data-testid="mistakes-grid">
          {Array.from({ length: result.X.cols }, (_, c) => {
            const probability = result.probabilities[c]!.toFixed(3);
            return (
              <li
                key={`${result.iteration}-${result.testIndices[c]}`}
                data-digit={result.digits[c]}
              >
                <DigitCanvas
                  X={result.X}
                  column={c}
                  label={text.mistakeLabel({
                    digit: result.digits[c]!,
                    index: result.testIndices[c]!,
                    y: result.labels[c]!,
                    probability,
                  })}
                />
                <span className="mnist-lab__mistake-caption" aria-hidden="true">
                  <strong>{result.digits[c]}</strong> ŷ={probability}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
