import { useEffect, useMemo, useRef } from 'react';
import { firstLayerWeights } from '../../../src/nn/digit-models.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { LoadedModel } from '../../stores/digit-lab.ts';
import { DivergingKey } from '../DivergingKey/DivergingKey.tsx';
import { useDigitOutputs } from '../DigitModels/useDigitOutputs.ts';
import { putPixels } from '../MnistDigit/draw-digit.ts';
import { useThemeVersion } from '../MnistDigit/useThemeVersion.ts';
import { themeDiverging } from '../MnistLogisticLab/draw-weights.ts';
import { unitGridPixels } from './draw-unit-grid.ts';
import { hiddenUnitsFor, largestMagnitude, type HiddenUnit } from './model-internals.ts';
import { strings } from './strings.ts';
import { WeightTile } from './WeightTile.tsx';

/** Tiles per row in the picture of all hidden units. */
const GRID_COLUMNS = 16;
/** How many units are shown large, for and against the predicted digit. */
const SHOWN_FOR = 8;
const SHOWN_AGAINST = 4;

/**
 * The hidden layer: every unit's incoming weights (a row of W[1]) as a 28 x 28 tile, and for
 * the drawn digit the units that push the predicted digit's output up the most and the ones
 * that push it down, with their activations.
 */
export function HiddenUnitViews({
  loaded,
  pixels,
}: {
  loaded: LoadedModel;
  pixels: Float32Array | null;
}) {
  const text = useStrings(strings);
  const model = loaded.model;
  const W1 = model.params.W[0]!;
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  const verdict = useDigitOutputs(pixels, loaded);

  useEffect(() => {
    if (!canvas.current) return;
    const grid = unitGridPixels(W1, GRID_COLUMNS, themeDiverging(canvas.current));
    putPixels(canvas.current, grid.rgba, grid.width, grid.height);
  }, [W1, theme]);

  const units = useMemo(
    () => (pixels && verdict ? hiddenUnitsFor(model, pixels, verdict.predicted) : null),
    [model, pixels, verdict],
  );
  const active = units ? units.filter((u) => u.activation > 0).length : 0;
  const against = units
    ? units
        .filter((u) => u.pull < 0)
        .slice(-SHOWN_AGAINST)
        .reverse()
    : [];

  return (
    <div className="digit-views__hidden">
      <figure className="digit-views__grid-figure">
        <figcaption className="digit-views__subtitle">
          {text.unitsTitle({ units: W1.rows })}
        </figcaption>
        <canvas
          ref={canvas}
          className="digit-views__unit-grid"
          data-testid="hidden-unit-grid"
          data-units={W1.rows}
          role="img"
          aria-label={text.unitsDescription({ units: W1.rows, columns: GRID_COLUMNS })}
        />
        <DivergingKey negative={text.unitNegative} positive={text.unitPositive} />
        <p className="digit-views__note">{text.unitsCaption}</p>
      </figure>
      {units && verdict ? (
        <>
          <p data-testid="active-units" data-active={active}>
            {text.activeUnits({ active, units: W1.rows, digit: verdict.predicted })}
          </p>
          <UnitRow
            title={text.unitsFor({ digit: verdict.predicted })}
            units={units.slice(0, SHOWN_FOR).filter((u) => u.pull > 0)}
            loaded={loaded}
            digit={verdict.predicted}
            testId="units-for"
          />
          <UnitRow
            title={text.unitsAgainst({ digit: verdict.predicted })}
            units={against}
            loaded={loaded}
            digit={verdict.predicted}
            testId="units-against"
          />
        </>
      ) : (
        <p className="digit-views__hint">{text.drawForUnits}</p>
      )}
    </div>
  );
}

function UnitRow({
  title,
  units,
  loaded,
  digit,
  testId,
}: {
  title: string;
  units: HiddenUnit[];
  loaded: LoadedModel;
  digit: number;
  testId: string;
}) {
  const text = useStrings(strings);
  if (units.length === 0) return null;
  return (
    <section className="digit-views__unit-row" aria-label={title} data-testid={testId}>
      <h5 className="digit-views__subtitle">{title}</h5>
      <ul>
        {units.map((u) => {
          const w = firstLayerWeights(loaded.model, u.unit);
          return (
            <li key={u.unit}>
              <WeightTile
                values={w}
                limit={largestMagnitude(w)}
                label={text.unitLabel({
                  unit: u.unit,
                  activation: u.activation.toFixed(2),
                  pull: u.pull.toFixed(2),
                  digit,
                })}
              />
              <span className="digit-views__unit-caption" aria-hidden="true">
                #{u.unit} a={u.activation.toFixed(2)}
                <br />→{digit}: {u.pull >= 0 ? '+' : ''}
                {u.pull.toFixed(2)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
