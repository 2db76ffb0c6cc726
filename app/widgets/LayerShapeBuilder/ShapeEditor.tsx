import { useId } from 'react';
import type { LayerShapesOutput } from '../../engine/index.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useEngineText } from '../../i18n/engine-text.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { BuilderField, BuilderForm } from './builder-form.ts';
import { SizeField } from './SizeField.tsx';
import { strings } from './strings.ts';

interface ShapeEditorProps {
  form: BuilderForm;
  onChange: (next: BuilderForm) => void;
  /** the last answer of the engine, for the correct shape to start from and the verdict */
  output: LayerShapesOutput | null;
  /** true while the form holds something the engine has not answered (or refused) */
  stale: boolean;
  /** Which settings an instructor's link locks: their controls show the value, disabled. */
  isLocked: (field: BuilderField) => boolean;
}

/** "Edit a shape by hand": swap W[l] or b[l] for a matrix of the typed shape and let the engine judge. */
export function ShapeEditor({ form, onChange, output, stale, isLocked }: ShapeEditorProps) {
  const s = useStrings(strings);
  const engineText = useEngineText();
  const id = useId();
  const L = form.hidden.length + 1;
  const on = form.edit !== 'off';
  const layer = Math.min(form.editLayer, L);
  const verdict = on && output?.edit && !stale ? output.edit : null;

  /** Start from the shape the rule asks for, so the first edit is the student's own. */
  const start = (param: 'W' | 'b', l: number) => {
    const shape = output?.layers[l - 1]?.[param];
    return shape
      ? { rows: String(shape[0]), cols: String(shape[1]) }
      : { rows: form.rows, cols: form.cols };
  };

  return (
    <fieldset className="lsb__editor" data-testid="shape-editor">
      <legend>{s.editLegend}</legend>
      <label className="lsb__toggle">
        <input
          type="checkbox"
          checked={on}
          data-testid="edit-toggle"
          {...lockedControl(isLocked('edit'))}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked
                ? { ...form, edit: 'W', editLayer: layer, ...start('W', layer) }
                : { ...form, edit: 'off' },
            )
          }
        />
        <span>{s.editToggle}</span>
        <LockBadge locked={isLocked('edit')} />
      </label>
      {on && (
        <div className="lsb__editor-fields">
          <label className="lsb__field">
            <span>{s.editLayer}</span>
            <LockBadge locked={isLocked('el')} />
            <select
              value={layer}
              data-testid="edit-layer"
              {...lockedControl(isLocked('el'))}
              onChange={(event) => {
                const l = Number(event.currentTarget.value);
                onChange({ ...form, editLayer: l, ...start(form.edit as 'W' | 'b', l) });
              }}
            >
              {Array.from({ length: L }, (_, k) => (
                <option key={k} value={k + 1}>
                  {k + 1}
                </option>
              ))}
            </select>
          </label>
          <label className="lsb__field">
            <span>{s.editParam}</span>
            <LockBadge locked={isLocked('edit')} />
            <select
              value={form.edit}
              data-testid="edit-param"
              {...lockedControl(isLocked('edit'))}
              onChange={(event) => {
                const param = event.currentTarget.value === 'b' ? 'b' : 'W';
                onChange({ ...form, edit: param, ...start(param, layer) });
              }}
            >
              <option value="W">W[{layer}]</option>
              <option value="b">b[{layer}]</option>
            </select>
          </label>
          <SizeField
            label={s.editRows}
            value={form.rows}
            max={4096}
            testId="edit-rows"
            locked={isLocked('er')}
            onChange={(rows) => onChange({ ...form, rows })}
          />
          <SizeField
            label={s.editCols}
            value={form.cols}
            max={4096}
            testId="edit-cols"
            locked={isLocked('ec')}
            onChange={(cols) => onChange({ ...form, cols })}
          />
        </div>
      )}
      {verdict && (
        <div
          id={`${id}-verdict`}
          className={verdict.fits ? 'lsb__verdict' : 'lsb__verdict lsb__verdict--refused'}
          role="status"
          data-testid="edit-result"
          data-fits={verdict.fits ? 'true' : 'false'}
        >
          <p>
            <span aria-hidden="true" className="lsb__verdict-mark">
              {verdict.fits ? '✓' : '✗'}
            </span>{' '}
            {verdict.fits
              ? s.fits({ param: verdict.param, l: verdict.layer, got: verdict.got })
              : s.refused({ param: verdict.param, l: verdict.layer, got: verdict.got })}
          </p>
          {!verdict.fits && (
            <p>
              <code data-testid="edit-message">
                {verdict.refusal ? engineText(verdict.refusal) : verdict.message}
              </code>
            </p>
          )}
          <p>
            {s.ruleLabel}{' '}
            <strong data-testid="edit-rule">
              {s.rule({ param: verdict.param, l: verdict.layer, expected: verdict.expected })}
            </strong>
          </p>
        </div>
      )}
    </fieldset>
  );
}
