import { useId } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { Values } from '../../stores/url-settings.ts';
import { formatCount, M_ENDS, M_STARTS } from './race-view.ts';
import { raceSchema } from './settings.ts';
import { strings } from './strings.ts';

type Settings = Values<typeof raceSchema>;
type Field = keyof typeof raceSchema & string;

/** n_x, the range of m, repetitions and seed; every value is kept in the URL. */
export function RaceSettings({
  values,
  onChange,
  isLocked,
}: {
  values: Settings;
  onChange: (changes: Partial<Settings>) => void;
  /** Which settings an instructor's link locks: their controls show the value, disabled. */
  isLocked: (field: Field) => boolean;
}) {
  const s = useStrings(strings);
  const id = useId();
  const numberField = (field: 'nx' | 'reps' | 'seed', label: string, hint?: string) => {
    const spec = raceSchema[field];
    return (
      <label className="race__field" htmlFor={`${id}-${field}`}>
        <span>{label}</span>
        <LockBadge locked={isLocked(field)} />
        <input
          id={`${id}-${field}`}
          type="number"
          min={spec.min}
          max={spec.max}
          step={1}
          value={values[field]}
          data-testid={`race-${field}`}
          {...lockedControl(isLocked(field), hint ? `${id}-${field}-hint` : undefined)}
          onChange={(event) => {
            const next = Number(event.target.value);
            if (
              event.target.value !== '' &&
              Number.isInteger(next) &&
              next >= spec.min &&
              next <= spec.max
            )
              onChange({ [field]: next });
          }}
        />
        {hint && (
          <small id={`${id}-${field}-hint`} className="race__hint">
            {hint}
          </small>
        )}
      </label>
    );
  };
  return (
    <fieldset className="race__settings">
      <legend>{s.settings}</legend>
      {numberField('nx', s.nx, s.nxHint)}
      <label className="race__field" htmlFor={`${id}-mfrom`}>
        <span>{s.mFrom}</span>
        <LockBadge locked={isLocked('mfrom')} />
        <select
          id={`${id}-mfrom`}
          value={values.mfrom}
          data-testid="race-mfrom"
          {...lockedControl(isLocked('mfrom'))}
          onChange={(event) => {
            const mfrom = event.target.value;
            // Keep the range the right way round.
            const mto = Number(values.mto) < Number(mfrom) ? mfrom : values.mto;
            onChange({ mfrom, mto: (M_ENDS as readonly string[]).includes(mto) ? mto : '100' });
          }}
        >
          {/* A locked end of the range only allows starts below it. */}
          {M_STARTS.filter((m) => !isLocked('mto') || Number(m) <= Number(values.mto)).map((m) => (
            <option key={m} value={m}>
              {formatCount(Number(m))}
            </option>
          ))}
        </select>
      </label>
      <label className="race__field" htmlFor={`${id}-mto`}>
        <span>{s.mTo}</span>
        <LockBadge locked={isLocked('mto')} />
        <select
          id={`${id}-mto`}
          value={values.mto}
          data-testid="race-mto"
          {...lockedControl(isLocked('mto'))}
          onChange={(event) => onChange({ mto: event.target.value })}
        >
          {M_ENDS.filter((m) => Number(m) >= Number(values.mfrom)).map((m) => (
            <option key={m} value={m}>
              {formatCount(Number(m))}
            </option>
          ))}
        </select>
      </label>
      {numberField('reps', s.reps)}
      {numberField('seed', s.seed)}
    </fieldset>
  );
}
