import { useId } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { NumberField } from '../DerivativeIntuition/NumberField.tsx';
import { GraphExplorer } from './GraphExplorer.tsx';
import { formatNumber } from './graph-layout.ts';
import { lesson6Spec } from './lesson6-spec.ts';
import { lesson6Strings } from './lesson6-strings.ts';
import { abcSchema, INPUT_LIMIT } from './settings.ts';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/** Lesson 6's widget: the graph of J = 3(a + bc) with editable a, b, c kept in the URL. */
export function ComputationGraphExplorer() {
  const s = useStrings(lesson6Strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(abcSchema);
  const limit = formatNumber(INPUT_LIMIT);
  const problem = (v: number) =>
    Number.isFinite(v) && Math.abs(v) <= INPUT_LIMIT
      ? null
      : s.inputProblem({ min: `-${limit}`, max: limit });

  return (
    <section
      className="widget computation-graph"
      aria-labelledby={`${id}-title`}
      data-testid="computation-graph"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="computation-graph__intro">{s.intro}</p>
      <fieldset className="computation-graph__inputs">
        <legend>{s.inputsLegend}</legend>
        {(['a', 'b', 'c'] as const).map((name) => (
          <NumberField
            key={name}
            label={name}
            value={settings[name]}
            format={(v) => formatNumber(v, 6)}
            testId={`input-${name}`}
            locked={isLocked(name)}
            step={1}
            hint={s.inputHint({ min: `-${limit}`, max: limit })}
            problem={problem}
            onChange={(v) => update({ [name]: v })}
          />
        ))}
      </fieldset>
      <GraphExplorer spec={lesson6Spec} given={settings} />
    </section>
  );
}
