import { useId, useLayoutEffect, useRef } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useDigitLab } from '../../stores/digit-lab.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { digitLabSchema, SOURCE_FIELD, type ModelSource } from '../DigitModels/settings.ts';
import { loadShippedModel } from '../DigitModels/shipped-models.ts';
import { layersText, strings as modelStrings } from '../DigitModels/strings.ts';
import { useActiveModels, type ActiveModel } from '../DigitModels/useActiveModels.ts';
import { useDigitOutputs } from '../DigitModels/useDigitOutputs.ts';
import { OutputBars } from './OutputBars.tsx';
import { strings } from './strings.ts';
import './DigitPredictions.css';

/**
 * Both models' ten outputs for the digit on the pad, side by side, with the model each one
 * uses (shipped or trained here). The hidden-layer network's top digit is the
 * `data-testid="prediction"` element; an empty pad shows "Draw a digit" and no guess.
 */
export function DigitPredictions() {
  const text = useStrings(strings);
  const models = useActiveModels();
  const digit = useDigitLab((state) => state.digit);
  const root = useRef<HTMLDivElement>(null);
  const hidden = useDigitOutputs(digit.pixels, models.hidden.loaded);
  const oneVsAll = useDigitOutputs(digit.pixels, models['one-vs-all'].loaded);

  // Time from the input (a pointer sample, a key, a loaded digit) to these numbers being on
  // the page, as a performance measure and an attribute scripted checks can read.
  useLayoutEffect(() => {
    if (!digit.inputAt || !root.current) return;
    const end = performance.now();
    performance.measure('digit-prediction', { start: digit.inputAt, end });
    root.current.dataset.latencyMs = (end - digit.inputAt).toFixed(1);
  }, [digit]);

  const empty = digit.pixels === null;
  const announcement = empty
    ? text.drawPrompt
    : [
        hidden &&
          text.said({
            kind: 'hidden',
            digit: hidden.predicted,
            pct: text.pct({ x: hidden.outputs[hidden.predicted]! }),
          }),
        oneVsAll &&
          text.said({
            kind: 'one-vs-all',
            digit: oneVsAll.predicted,
            pct: text.pct({ x: oneVsAll.outputs[oneVsAll.predicted]! }),
          }),
      ]
        .filter(Boolean)
        .join(' ');
  return (
    <div ref={root} className="digit-predictions" data-testid="digit-predictions">
      <p
        className="digit-predictions__verdict"
        data-testid="prediction"
        data-digit={hidden ? String(hidden.predicted) : ''}
      >
        {empty ? (
          <span className="digit-predictions__prompt">{text.drawPrompt}</span>
        ) : hidden ? (
          <>
            <span className="digit-predictions__verdict-label">{text.networkSays}</span>{' '}
            <strong className="digit-predictions__verdict-digit">{hidden.predicted}</strong>
          </>
        ) : (
          <span className="digit-predictions__prompt">{text.waiting}</span>
        )}
      </p>
      {digit.origin.kind === 'test' && !empty && (
        <p className="digit-predictions__origin" data-testid="digit-origin">
          {text.testOrigin({ index: digit.origin.index, label: digit.origin.label })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {digit.settled ? announcement : ''}
      </p>
      <div className="digit-predictions__columns">
        {(['hidden', 'one-vs-all'] as const).map((kind) => (
          <ModelColumn
            key={kind}
            active={models[kind]}
            verdict={kind === 'hidden' ? hidden : oneVsAll}
            empty={empty}
          />
        ))}
      </div>
    </div>
  );
}

function ModelColumn({
  active,
  verdict,
  empty,
}: {
  active: ActiveModel;
  verdict: ReturnType<typeof useDigitOutputs>;
  empty: boolean;
}) {
  const text = useStrings(strings);
  const names = useStrings(modelStrings);
  const id = useId();
  const kind = active.kind;
  const [, update, , isLocked] = useUrlSettings(digitLabSchema);
  const sourceLocked = isLocked(SOURCE_FIELD[kind]);
  const sum = verdict ? verdict.outputs.reduce((a, b) => a + b, 0) : null;
  return (
    <section
      className="digit-predictions__model"
      aria-labelledby={`${id}-name`}
      data-testid={`outputs-${kind}`}
      data-source={active.source}
    >
      <h4 id={`${id}-name`} className="digit-predictions__name">
        {names.shortName[kind]}
      </h4>
      <p className="digit-predictions__layers">
        {active.loaded ? layersText(active.loaded.model.config) : ' '}
      </p>
      <label className="digit-predictions__source">
        <span className="visually-hidden">
          {names.sourceLabel({ model: names.shortName[kind] })}
        </span>
        <LockBadge locked={sourceLocked} />
        <select
          value={active.source}
          data-testid={`model-source-${kind}`}
          {...lockedControl(sourceLocked)}
          onChange={(event) => update({ [SOURCE_FIELD[kind]]: event.target.value as ModelSource })}
        >
          <option value="shipped">{names.source.shipped}</option>
          <option value="trained" disabled={!active.trainedAvailable}>
            {names.source.trained}
          </option>
        </select>
      </label>
      {active.trainedMissing && (
        <p className="notice" role="status">
          {names.trainedMissing}
        </p>
      )}
      {active.error && (
        <div className="notice notice--error" role="alert" data-testid={`model-error-${kind}`}>
          <p>{names.modelFailed({ reason: active.error })}</p>
          <button type="button" onClick={() => loadShippedModel(kind)}>
            {names.retry}
          </button>
        </div>
      )}
      {!active.loaded && !active.error && <p role="status">{names.loadingModel}</p>}
      <p
        className="digit-predictions__top"
        data-testid={kind === 'hidden' ? undefined : 'prediction-one-vs-all'}
        data-digit={verdict ? String(verdict.predicted) : ''}
      >
        {verdict
          ? text.topLine({
              digit: verdict.predicted,
              pct: text.pct({ x: verdict.outputs[verdict.predicted]! }),
            })
          : empty
            ? text.noGuess
            : ' '}
      </p>
      <OutputBars
        outputs={verdict?.outputs ?? null}
        predicted={verdict?.predicted ?? null}
        label={text.barsLabel({ model: names.shortName[kind] })}
      />
      <p className="digit-predictions__note">
        {sum === null ? text.outputKind[kind] : text.sum({ total: sum.toFixed(3), kind })}
      </p>
    </section>
  );
}
