import { useId } from 'react';
import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import { DIGIT_RECIPES } from '../../../src/train/digit-recipes.ts';
import { divergenceMessage, useEngineText } from '../../i18n/engine-text.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CostCurve } from '../CostCurve/CostCurve.tsx';
import { layersText, strings as modelStrings } from '../DigitModels/strings.ts';
import { MnistLoading } from '../MnistDigit/MnistLoading.tsx';
import { strings as controlStrings } from '../TrainingControls/strings.ts';
import { strings } from './strings.ts';
import { useDigitTrainingSession } from './useDigitTrainingSession.ts';
import '../../styles/run-card.css';

/**
 * Train one of the pad's models in the worker: Train / Pause / Stop, a progress bar over the
 * recipe's epochs, the live cost and test accuracy, and the trained model handed to the pad.
 */
export function TrainingCard({
  kind,
  onModel,
}: {
  kind: DigitModelKind;
  /** The trained weights went to the pad. */
  onModel(): void;
}) {
  const text = useStrings(strings);
  const names = useStrings(modelStrings);
  const controls = useStrings(controlStrings);
  const engineText = useEngineText();
  const id = useId();
  const t = useDigitTrainingSession(kind, onModel);
  const recipe = DIGIT_RECIPES[kind];
  const running = t.status === 'running';
  const started = t.status !== null;
  const epoch = Math.min(recipe.epochs, t.iteration / t.stepsPerEpoch);
  const fraction = Math.min(1, t.iteration / t.totalSteps);
  const busy = t.waiting || t.status === 'configuring';

  return (
    <section
      className="run-card"
      aria-labelledby={`${id}-name`}
      data-testid={`digit-training-${kind}`}
      data-status={t.status ?? 'not-started'}
    >
      <h4 id={`${id}-name`} className="run-card__title">
        {names.modelName[kind]}
      </h4>
      <p className="digit-training__recipe">
        {text.recipe({
          layers: layersText(recipe.options.config),
          optimizer: recipe.options.optimizer,
          rate: recipe.options.learningRate,
          batch: recipe.options.batchSize ?? 0,
          epochs: recipe.epochs,
          init: recipe.options.init,
        })}
      </p>
      <div className="digit-training__buttons">
        {running ? (
          <button type="button" className="button--primary" data-testid="pause" onClick={t.pause}>
            ⏸ {controls.pause}
          </button>
        ) : (
          <button
            type="button"
            className="button--primary"
            data-testid="train"
            disabled={busy || t.status === 'diverged'}
            onClick={t.train}
          >
            ▶{' '}
            {t.status === 'paused'
              ? text.resume
              : t.status === 'done'
                ? text.again
                : controls.train}
          </button>
        )}
        <button
          type="button"
          data-testid="stop"
          disabled={!started || busy || t.iteration === 0}
          onClick={t.stop}
        >
          ■ {text.stop}
        </button>
        <button
          type="button"
          data-testid="use-trained"
          disabled={
            !started || busy || running || t.iteration === 0 || t.exportedAt === t.iteration
          }
          onClick={t.adoptWeights}
        >
          {text.useNow}
        </button>
      </div>
      {t.status === 'configuring' && <MnistLoading progress={t.view?.loading} />}
      {t.status === 'failed' && (
        <MnistLoading error={t.view?.error ? engineText(t.view.error) : '?'} onRetry={t.retry} />
      )}
      <div
        className="digit-training__progress"
        role="progressbar"
        aria-label={text.progressLabel({ model: names.shortName[kind] })}
        aria-valuemin={0}
        aria-valuemax={t.totalSteps}
        aria-valuenow={t.iteration}
        aria-valuetext={text.progressText({
          epoch: epoch.toFixed(2),
          epochs: recipe.epochs,
          step: t.iteration,
          steps: t.totalSteps,
        })}
        data-testid={`train-progress-${kind}`}
      >
        <span style={{ width: `${fraction * 100}%` }} />
      </div>
      <dl className="digit-training__readouts">
        <div>
          <dt>{text.epoch}</dt>
          <dd data-testid="epoch">
            {epoch.toFixed(2)} / {recipe.epochs}
          </dd>
        </div>
        <div>
          <dt>{controls.iteration}</dt>
          <dd data-testid="iteration">{t.iteration}</dd>
        </div>
        <div>
          <dt>{controls.cost}</dt>
          <dd data-testid="cost" data-value={t.view?.cost ?? ''}>
            {t.view?.cost == null ? '–' : t.view.cost.toFixed(4)}
          </dd>
        </div>
        <div>
          <dt>{text.testAccuracy}</dt>
          <dd data-testid="test-accuracy" data-value={t.view?.testAccuracy ?? ''}>
            {t.view?.testAccuracy == null ? '–' : `${(t.view.testAccuracy * 100).toFixed(2)}%`}
          </dd>
        </div>
      </dl>
      <p className="digit-training__status" role="status" data-testid="training-status">
        {t.status === null ? text.notStarted : controls.status[t.status]}
        {t.exportedAt !== null && ` ${text.inPad({ iteration: t.exportedAt })}`}
      </p>
      {t.view?.divergence && (
        <p className="field-error" role="alert">
          {controls.diverged({
            iteration: t.view.divergence.iteration,
            cause: engineText(divergenceMessage(t.view.divergence)),
          })}
        </p>
      )}
      {t.exportError && (
        <p className="field-error" role="alert">
          {text.exportFailed({ reason: t.exportError })}
        </p>
      )}
      {started && <CostCurve session={t.session} heightPx={180} />}
    </section>
  );
}
