import { useId, useState } from 'react';
import { logisticGiven, type LogisticExample } from '../../../src/nn/scalar-graph-examples.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { GraphExplorer } from '../ComputationGraph/GraphExplorer.tsx';
import { formatNumber } from '../ComputationGraph/graph-layout.ts';
import { NumberField } from '../DerivativeIntuition/NumberField.tsx';
import { ChainCheck } from './ChainCheck.tsx';
import { GradientStepPanel } from './GradientStepPanel.tsx';
import { logisticSpec } from './logistic-spec.ts';
import { DEFAULT_EXAMPLE, FEATURE_LIMIT, logisticSchema, PARAMETER_LIMIT } from './settings.ts';
import { strings } from './strings.ts';
import './LogisticDerivatives.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

type Field = 'x1' | 'x2' | 'w1' | 'w2' | 'b';
const FIELD_LABEL: Record<Field, string> = { x1: 'x₁', x2: 'x₂', w1: 'w₁', w2: 'w₂', b: 'b' };

/**
 * Lesson 7's widget: the logistic-regression graph of one example with live forward and
 * backward values, dz checked two ways, and one step of gradient descent.
 */
export function LogisticDerivatives() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(logisticSchema);
  const [history, setHistory] = useState<number[]>([]);
  const example: LogisticExample = {
    x1: settings.x1,
    x2: settings.x2,
    y: settings.y,
    w1: settings.w1,
    w2: settings.w2,
    b: settings.b,
  };

  function field(name: Field, limit: number) {
    const max = formatNumber(limit);
    return (
      <NumberField
        key={name}
        label={FIELD_LABEL[name]}
        value={settings[name]}
        format={(v) => formatNumber(v, 6)}
        testId={`input-${name}`}
        locked={isLocked(name)}
        step={name.startsWith('x') ? 1 : 0.1}
        hint={s.range({ min: `-${max}`, max })}
        problem={(v) =>
          Number.isFinite(v) && Math.abs(v) <= limit
            ? null
            : s.rangeProblem({ min: `-${max}`, max })
        }
        onChange={(v) => {
          setHistory([]);
          update({ [name]: v });
        }}
      />
    );
  }

  return (
    <section
      className="widget logistic-derivatives"
      aria-labelledby={`${id}-title`}
      data-testid="logistic-derivatives"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="logistic-derivatives__intro">{s.intro}</p>
      <div className="logistic-derivatives__inputs">
        <fieldset>
          <legend>{s.exampleLegend}</legend>
          {field('x1', FEATURE_LIMIT)}
          {field('x2', FEATURE_LIMIT)}
          <fieldset className="logistic-derivatives__label">
            <legend>
              {s.labelLegend} <LockBadge locked={isLocked('y')} />
            </legend>
            {[0, 1].map((y) => (
              <label key={y}>
                <input
                  type="radio"
                  name={`${id}-y`}
                  value={y}
                  checked={settings.y === y}
                  data-testid={`input-y-${y}`}
                  {...lockedControl(isLocked('y'))}
                  onChange={() => {
                    setHistory([]);
                    update({ y });
                  }}
                />
                {` y = ${y}`}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>{s.parametersLegend}</legend>
          {field('w1', PARAMETER_LIMIT)}
          {field('w2', PARAMETER_LIMIT)}
          {field('b', PARAMETER_LIMIT)}
        </fieldset>
      </div>
      <GraphExplorer spec={logisticSpec} given={logisticGiven(example)} />
      <div className="logistic-panels">
        <ChainCheck example={example} />
        <GradientStepPanel
          example={example}
          alpha={settings.alpha}
          onAlphaChange={(alpha) => update({ alpha })}
          alphaLocked={isLocked('alpha')}
          parametersLocked={isLocked('w1') || isLocked('w2') || isLocked('b')}
          history={history}
          onApply={(next, before, after) => {
            setHistory((h) => (h.length === 0 ? [before, after] : [...h, after]));
            update({ w1: next.w1, w2: next.w2, b: next.b });
          }}
          onRestart={() => {
            setHistory([]);
            update({ w1: DEFAULT_EXAMPLE.w1, w2: DEFAULT_EXAMPLE.w2, b: DEFAULT_EXAMPLE.b });
          }}
        />
      </div>
    </section>
  );
}
