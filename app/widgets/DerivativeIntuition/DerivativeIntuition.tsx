import { useId } from 'react';
import {
  clampA,
  INTUITION_FUNCTIONS,
  intuitionFunctions,
  isIntuitionFunction,
  isRoundingOnly,
  nudgeProblem,
  NUDGE_MAX,
  NUDGE_MIN,
  readNudge,
  type IntuitionFunctionName,
} from '../../../src/math/difference-quotient.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { DerivativePlot } from './DerivativePlot.tsx';
import {
  A_STEP,
  A_STEP_LARGE,
  formatFixed,
  formatShort,
  readingDecimals,
} from './draw-derivative.ts';
import { NumberField } from './NumberField.tsx';
import { derivativeSchema } from './settings.ts';
import { ShrinkingTable } from './ShrinkingTable.tsx';
import { strings } from './strings.ts';
import { TrianglePlot } from './TrianglePlot.tsx';
import './DerivativeIntuition.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/** nudge × 10^power, rounded so that ÷10 then ×10 returns exactly to where it was. */
function scaleNudge(nudge: number, factor: number): number {
  return Number((nudge * factor).toPrecision(12));
}

/**
 * Lesson 5's widget: pick f, drag a, set the nudge; the height/width triangle is drawn on the
 * curve and magnified, with its numbers beside the exact derivative f'(a).
 */
export function DerivativeIntuition() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(derivativeSchema);
  const name: IntuitionFunctionName = isIntuitionFunction(settings.f) ? settings.f : 'square';
  const a = clampA(name, settings.a);
  const { nudge } = settings;
  const reading = readNudge(name, a, nudge);
  const decimals = readingDecimals(nudge);
  const fmt = (x: number) => formatFixed(x, decimals);
  const { aMin, aMax } = intuitionFunctions[name];
  const rounding = isRoundingOnly(reading);

  const readouts = [
    { key: 'fa', label: s.faLabel, value: reading.fa },
    { key: 'fa-nudged', label: s.faNudgedLabel, value: reading.faNudged },
    { key: 'height', label: s.height, value: reading.height },
    { key: 'width', label: s.width, value: reading.width },
    { key: 'ratio', label: s.ratio, value: reading.ratio },
    { key: 'exact', label: s.exact, value: reading.exact },
    { key: 'difference', label: s.difference, value: reading.difference },
  ] as const;

  return (
    <section
      className="widget derivative-intuition"
      aria-labelledby={`${id}-title`}
      data-testid="derivative-intuition"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />

      <div className="derivative-intuition__controls">
        <fieldset className="derivative-intuition__functions">
          <legend>
            {s.functionLegend} <LockBadge locked={isLocked('f')} />
          </legend>
          {INTUITION_FUNCTIONS.map((fn) => (
            <label key={fn} className="derivative-intuition__choice">
              <input
                type="radio"
                name={`${id}-f`}
                value={fn}
                checked={fn === name}
                data-testid={`function-${fn}`}
                {...lockedControl(isLocked('f'))}
                onChange={() => update({ f: fn, a: clampA(fn, a) })}
              />
              <span>{s.functionNames[fn]}</span>
            </label>
          ))}
        </fieldset>
        <NumberField
          label={s.aLabel}
          value={a}
          format={(v) => formatShort(v, 6)}
          testId="a-input"
          locked={isLocked('a')}
          hint={s.aHint({ min: formatShort(aMin), max: formatShort(aMax) })}
          problem={(v) =>
            Number.isFinite(v) && v >= aMin && v <= aMax
              ? null
              : s.aProblem({ min: formatShort(aMin), max: formatShort(aMax) })
          }
          onChange={(v) => update({ a: v })}
        />
        <div className="derivative-intuition__nudge">
          <NumberField
            label={s.nudgeLabel}
            value={nudge}
            format={(v) => formatShort(v)}
            testId="nudge-input"
            locked={isLocked('nudge')}
            hint={s.nudgeHint}
            problem={(v) => {
              const why = nudgeProblem(v);
              return why === null ? null : s.nudgeProblems[why];
            }}
            onChange={(v) => update({ nudge: v })}
          />
          <div className="derivative-intuition__nudge-buttons">
            <button
              type="button"
              aria-label={s.shrinkLabel}
              data-testid="nudge-shrink"
              disabled={scaleNudge(nudge, 0.1) < NUDGE_MIN}
              {...lockedControl(isLocked('nudge'))}
              onClick={() => update({ nudge: scaleNudge(nudge, 0.1) })}
            >
              {s.shrink}
            </button>
            <button
              type="button"
              aria-label={s.growLabel}
              data-testid="nudge-grow"
              disabled={scaleNudge(nudge, 10) > NUDGE_MAX}
              {...lockedControl(isLocked('nudge'))}
              onClick={() => update({ nudge: scaleNudge(nudge, 10) })}
            >
              {s.grow}
            </button>
          </div>
        </div>
      </div>
      <p className="derivative-intuition__hint">
        {s.dragHint({ step: formatShort(A_STEP), large: formatShort(A_STEP_LARGE) })}
      </p>

      <div className="derivative-intuition__plots">
        <DerivativePlot
          name={name}
          reading={reading}
          decimals={decimals}
          onAChange={(next) => update({ a: next })}
          locked={isLocked('a')}
        />
        <TrianglePlot name={name} reading={reading} decimals={decimals} />
      </div>

      <section className="derivative-intuition__numbers" aria-label={s.readoutsLabel}>
        <dl className="derivative-intuition__readouts">
          {readouts.map((r) => (
            <div
              key={r.key}
              className={`derivative-intuition__readout derivative-intuition__readout--${r.key}`}
            >
              <dt>{r.label}</dt>
              <dd data-testid={`readout-${r.key}`} data-value={r.value}>
                {r.key === 'width' ? formatShort(r.value) : fmt(r.value)}
              </dd>
            </div>
          ))}
        </dl>
        <p className="derivative-intuition__verdict" aria-live="polite" data-testid="verdict">
          {s.verdict({
            ratio: fmt(reading.ratio),
            exact: formatShort(reading.exact, decimals),
            difference: fmt(reading.difference),
          })}
          {rounding && <> ({s.roundingOnly})</>}
        </p>
      </section>
      <ShrinkingTable name={name} a={a} nudge={nudge} />
    </section>
  );
}
