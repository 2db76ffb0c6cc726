import { useId } from 'react';
import { useComputation } from '../../engine/index.ts';
import { LinkNotice } from '../../components/LinkNotice.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { CostCurvePanel } from './CostCurvePanel.tsx';
import { DataStrip } from './DataStrip.tsx';
import { formatFixed } from './draw-loss-cost.ts';
import { B_MAX, B_MIN, curveSchema, SAMPLES, W_MAX, W_MIN } from './settings.ts';
import { strings } from './strings.ts';
import './LossCostExplorer.css';

/**
 * Lesson 3's main widget: J(w) for the same data under cross-entropy and under squared
 * error, side by side, computed in the worker (latest wins while a slider moves).
 */
export function CostCurves() {
  const s = useStrings(strings);
  const id = useId();
  const [values, update, invalid, isLocked] = useUrlSettings(curveSchema);
  const { seed, b, w } = values;
  const { data: result, error } = useComputation('cost-curve-1d', {
    seed,
    b,
    w,
    wMin: W_MIN,
    wMax: W_MAX,
    samples: SAMPLES,
  });

  const setW = (next: number) => update({ w: Math.min(W_MAX, Math.max(W_MIN, next)) });

  return (
    <section className="widget lc" data-testid="cost-curves" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="widget__title">
        {s.curvesTitle}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="lc__intro">{s.curvesIntro}</p>
      <div className="lc__controls">
        <label className="lc__slider">
          <span>{s.wLabel}</span>
          <LockBadge locked={isLocked('w')} />
          <input
            type="range"
            min={W_MIN}
            max={W_MAX}
            step={0.05}
            value={w}
            data-testid="w-slider"
            aria-valuetext={`w = ${formatFixed(w, 2)}`}
            {...lockedControl(isLocked('w'))}
            onChange={(event) => setW(Number(event.currentTarget.value))}
          />
          <output className="lc__value" data-testid="w-value">
            {formatFixed(w, 2)}
          </output>
        </label>
        <label className="lc__slider">
          <span>{s.bLabel}</span>
          <LockBadge locked={isLocked('b')} />
          <input
            type="range"
            min={B_MIN}
            max={B_MAX}
            step={0.1}
            value={b}
            data-testid="b-slider"
            aria-valuetext={`b = ${formatFixed(b, 1)}`}
            {...lockedControl(isLocked('b'))}
            onChange={(event) => update({ b: Number(event.currentTarget.value) })}
          />
          <output className="lc__value">{formatFixed(b, 1)}</output>
        </label>
        <label className="lc__seed">
          <span>{s.seedLabel}</span>
          <LockBadge locked={isLocked('seed')} />
          <input
            type="number"
            min={0}
            max={9999}
            step={1}
            value={seed}
            data-testid="seed-input"
            {...lockedControl(isLocked('seed'))}
            onChange={(event) => {
              const next = event.currentTarget.valueAsNumber;
              if (Number.isInteger(next) && next >= 0 && next <= 9999) update({ seed: next });
            }}
          />
        </label>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {s.failed({ message: error.message })}
        </p>
      )}
      {!result && !error && (
        <p className="lc__status" role="status">
          {s.computing}
        </p>
      )}
      {result && (
        <>
          <DataStrip x={result.x} y={result.y} />
          <div className="lc__pair">
            {(['cross-entropy', 'squared-error'] as const).map((loss) => (
              <CostCurvePanel
                key={loss}
                loss={loss}
                ws={result.ws}
                curve={result.curves[loss]}
                w={w}
                b={b}
                onW={isLocked('w') ? undefined : setW}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
