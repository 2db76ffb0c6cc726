import { useEffect, useId, useRef, useState } from 'react';
import { MAX_INPUTS, MAX_UNITS } from '../../../src/nn/config.ts';
import { BUILDER_LIMITS, useComputation } from '../../engine/index.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { engineMessageOf } from '../../../src/engine-error.ts';
import { useEngineText } from '../../i18n/engine-text.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import {
  addHiddenLayer,
  builderSchema,
  canRemoveLayer,
  formFromSettings,
  HIDDEN_KEYS,
  keepLocked,
  MAX_HIDDEN,
  parseForm,
  removeHiddenLayer,
  settingsFromParsed,
  type BuilderForm,
} from './builder-form.ts';
import { ShapeEditor } from './ShapeEditor.tsx';
import { ShapeTable } from './ShapeTable.tsx';
import { SizeField } from './SizeField.tsx';
import { strings } from './strings.ts';
import './LayerShapeBuilder.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

const SEED = 18;

/**
 * Lesson 18's widget. The student's sizes go to the worker ('layer-shapes'), which builds the
 * network with the engine and runs forward and backward once; the table shows the shapes it
 * produced. Anything the engine refuses is explained with its own message, and the last
 * network that worked stays on screen. Accepted sizes are written to the URL.
 */
export function LayerShapeBuilder() {
  const s = useStrings(strings);
  const engineText = useEngineText();
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(builderSchema);
  // The URL as last read, so an accepted network writes only the fields that changed.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const [form, setTypedForm] = useState<BuilderForm>(() => formFromSettings(settings));
  // Whatever the student does, the fields an instructor's link locks keep the link's values.
  const setForm = (next: BuilderForm) => setTypedForm(keepLocked(next, settings, isLocked));
  const parsed = parseForm(form);
  const shapes = useComputation(
    'layer-shapes',
    parsed.ok
      ? { layerSizes: parsed.layerSizes, m: parsed.m, seed: SEED, edit: parsed.edit }
      : { layerSizes: [], m: 0, seed: SEED, edit: null },
    { enabled: parsed.ok },
  );
  // The network that worked stays on screen under a problem.
  const output = shapes.data;
  const problem = !parsed.ok
    ? s.empty({ field: parsed.field, part: parsed.part })
    : shapes.error
      ? s.engineRefused({ message: engineText(engineMessageOf(shapes.error)) })
      : null;
  const waiting = shapes.pending || (parsed.ok && !output && !shapes.error);

  // An accepted network goes to the URL. The whole network is written, not just the changed
  // field: two quick edits must not lose the first one if the URL write of the first is pending.
  const accepted = shapes.dataInput;
  useEffect(() => {
    if (!accepted) return;
    const fields = settingsFromParsed({
      ok: true,
      layerSizes: accepted.layerSizes,
      m: accepted.m,
      edit: accepted.edit ?? null,
    });
    const changed = Object.entries(fields).some(
      ([key, value]) => settingsRef.current[key as keyof typeof fields] !== value,
    );
    if (changed) update(fields);
  }, [accepted, update]);

  const L = form.hidden.length + 1;
  const stale = problem !== null;
  const sizesText = output ? `[${output.layerSizes.join(', ')}]` : '';
  const setHidden = (k: number, text: string) =>
    setForm({ ...form, hidden: form.hidden.map((v, j) => (j === k ? text : v)) });

  return (
    <section className="widget lsb" aria-labelledby={`${id}-title`} data-testid="layer-builder">
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="lsb__intro">{s.intro}</p>
      <fieldset className="lsb__sizes">
        <legend>{s.sizesLegend}</legend>
        <ol className="lsb__layers">
          <li>
            <SizeField
              label={s.inputLabel}
              value={form.nx}
              max={MAX_INPUTS}
              testId="size-nx"
              locked={isLocked('nx')}
              onChange={(nx) => setForm({ ...form, nx })}
            />
          </li>
          {form.hidden.map((text, k) => (
            <li key={k} className="lsb__hidden" data-testid="hidden-layer">
              <SizeField
                label={s.hiddenLabel({ l: k + 1 })}
                value={text}
                max={MAX_UNITS}
                testId={`size-n${k + 1}`}
                locked={isLocked(HIDDEN_KEYS[k]!)}
                onChange={(value) => setHidden(k, value)}
              />
              <button
                type="button"
                className="button lsb__remove"
                aria-label={s.remove({ l: k + 1 })}
                data-testid={`remove-layer-${k + 1}`}
                {...lockedControl(!canRemoveLayer(form, k + 1, isLocked))}
                onClick={() => setForm(removeHiddenLayer(form, k + 1))}
              >
                {s.removeShort}
              </button>
            </li>
          ))}
          <li>
            <SizeField
              label={s.outputLabel({ l: L })}
              value={form.ny}
              max={MAX_UNITS}
              testId="size-ny"
              locked={isLocked('ny')}
              onChange={(ny) => setForm({ ...form, ny })}
            />
          </li>
        </ol>
        <div className="lsb__actions">
          <LockBadge locked={isLocked('hidden')} />
          <button
            type="button"
            className="button"
            data-testid="add-layer"
            disabled={form.hidden.length >= MAX_HIDDEN}
            {...lockedControl(isLocked('hidden'), `${id}-limit`)}
            onClick={() => setForm(addHiddenLayer(form))}
          >
            {s.add}
          </button>
          <span id={`${id}-limit`} className="lsb__hint">
            {s.addLimit({ max: MAX_HIDDEN })}
          </span>
          <SizeField
            label={s.mLabel}
            value={form.m}
            max={BUILDER_LIMITS.m}
            testId="size-m"
            locked={isLocked('m')}
            onChange={(m) => setForm({ ...form, m })}
          />
        </div>
      </fieldset>
      <div aria-live="assertive">
        {problem && (
          <p className="notice notice--error lsb__problem" data-testid="builder-error">
            {problem} {output && s.keptTable({ sizes: sizesText })}
          </p>
        )}
      </div>
      {output ? (
        <>
          <p className="lsb__summary" data-testid="builder-summary" aria-live="polite">
            {s.summary({
              sizes: sizesText,
              L: output.layers.length,
              m: output.m,
              parameters: output.parameterCount,
            })}
          </p>
          <ShapeTable output={output} edit={stale ? null : output.edit} stale={stale} />
        </>
      ) : (
        waiting && !problem && <p role="status">{s.loading}</p>
      )}
      <ShapeEditor
        form={form}
        onChange={setForm}
        output={output}
        stale={stale || waiting}
        isLocked={isLocked}
      />
    </section>
  );
}
