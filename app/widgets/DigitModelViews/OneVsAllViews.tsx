import { useId, useMemo } from 'react';
import { firstLayerWeights, pixelContributions } from '../../../src/nn/digit-models.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { LoadedModel } from '../../stores/digit-lab.ts';
import { DivergingKey, DivergingScale } from '../DivergingKey/DivergingKey.tsx';
import { useDigitOutputs } from '../DigitModels/useDigitOutputs.ts';
import { summarize } from '../MnistLogisticLab/draw-weights.ts';
import { ContributionPanel } from './ContributionPanel.tsx';
import { sharedWeightScale } from './model-internals.ts';
import { strings } from './strings.ts';
import { WeightTile } from './WeightTile.tsx';
import '../../styles/pixel-tile.css';

interface OneVsAllViewsProps {
  loaded: LoadedModel;
  pixels: Float32Array | null;
  /** 'auto' follows the prediction; otherwise the digit whose classifier is shown. */
  classSetting: string;
  onClass(value: string): void;
  /** An instructor's link set the class: the picker shows it and cannot change it. */
  classLocked: boolean;
}

const DIGITS = Array.from({ length: 10 }, (_, k) => k);

/**
 * The ten classifiers' w as pictures on one shared scale (so their strengths compare),
 * and, for the chosen one, how the drawn digit's pixels add up to its z.
 */
export function OneVsAllViews(props: OneVsAllViewsProps) {
  const { loaded, pixels, classSetting, onClass, classLocked } = props;
  const text = useStrings(strings);
  const id = useId();
  const model = loaded.model;
  const weights = useMemo(() => DIGITS.map((k) => firstLayerWeights(model, k)), [model]);
  const limit = useMemo(() => sharedWeightScale(model), [model]);
  const verdict = useDigitOutputs(pixels, loaded);
  const auto = classSetting === 'auto';
  const selected = auto ? (verdict?.predicted ?? null) : Number(classSetting);
  const fmt = (x: number) => x.toFixed(3);

  // Every classifier's z on the drawn digit, for the table under the pictures.
  const table = useMemo(() => {
    if (!pixels || !verdict) return null;
    return DIGITS.map((k) => {
      const { contributions, bias } = pixelContributions(model, pixels, k);
      let sum = 0;
      for (const c of contributions) sum += c;
      return { k, sum, bias, z: sum + bias, output: verdict.outputs[k]! };
    });
  }, [model, pixels, verdict]);

  return (
    <div className="digit-views__ova">
      <div className="digit-views__picker">
        <p className="digit-views__subtitle" id={`${id}-w`}>
          {text.wTitle}
        </p>
        <LockBadge locked={classLocked} />
        <button
          type="button"
          aria-pressed={auto}
          data-testid="class-auto"
          {...lockedControl(classLocked)}
          onClick={() => onClass('auto')}
        >
          {text.followPrediction}
        </button>
      </div>
      <ul className="digit-views__w-grid" aria-labelledby={`${id}-w`}>
        {DIGITS.map((k) => {
          const s = summarize(weights[k]!);
          return (
            <li key={k}>
              <button
                type="button"
                className="pixel-tile-button"
                aria-pressed={selected === k}
                data-testid="w-tile"
                data-digit={k}
                {...lockedControl(classLocked)}
                aria-label={text.wTileLabel({ digit: k, min: fmt(s.min), max: fmt(s.max) })}
                onClick={() => onClass(String(k))}
              >
                <WeightTile values={weights[k]!} limit={limit} />
                <span className="digit-views__w-caption" aria-hidden="true">
                  {k}
                  {verdict?.predicted === k ? ' ◀' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <DivergingScale low={fmt(-limit)} high={fmt(limit)} />
      <DivergingKey negative={text.wNegative} positive={text.wPositive} />
      <p className="digit-views__note">{text.wCaption}</p>
      {selected === null ? (
        <p className="digit-views__hint" data-testid="views-hint">
          {text.drawToSee}
        </p>
      ) : (
        <div className="digit-views__detail">
          <figure className="digit-views__selected">
            <figcaption className="digit-views__subtitle">
              {text.wOf({ digit: selected })}
            </figcaption>
            <WeightTile
              values={weights[selected]!}
              limit={limit}
              className="digit-views__tile--large"
              testId="w-selected"
              label={(() => {
                const s = summarize(weights[selected]!);
                return text.wDescription({
                  digit: selected,
                  min: fmt(s.min),
                  max: fmt(s.max),
                  argMin: s.argMin,
                  argMax: s.argMax,
                });
              })()}
            />
          </figure>
          {pixels && verdict ? (
            <ContributionPanel
              model={model}
              pixels={pixels}
              digit={selected}
              output={verdict.outputs[selected]!}
            />
          ) : (
            <p className="digit-views__hint">{text.drawForContributions}</p>
          )}
        </div>
      )}
      {table && (
        <details className="digit-views__table">
          <summary>{text.zTableSummary}</summary>
          <table data-testid="z-table">
            <thead>
              <tr>
                <th scope="col">{text.digitHeader}</th>
                <th scope="col">Σ wᵢxᵢ</th>
                <th scope="col">b</th>
                <th scope="col">z</th>
                <th scope="col">σ(z)</th>
              </tr>
            </thead>
            <tbody>
              {table.map((row) => (
                <tr key={row.k} className={row.k === verdict?.predicted ? 'is-top' : undefined}>
                  <th scope="row">
                    {row.k}
                    {row.k === verdict?.predicted ? ` ${text.mostConfident}` : ''}
                  </th>
                  <td>{fmt(row.sum)}</td>
                  <td>{fmt(row.bias)}</td>
                  <td>{fmt(row.z)}</td>
                  <td>{fmt(row.output)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
