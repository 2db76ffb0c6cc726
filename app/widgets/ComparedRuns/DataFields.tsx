import { useEffect, useId, useState } from 'react';
import type { Localized } from '../../i18n/locale.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CsvUpload, type CsvFile } from '../CsvUpload/CsvUpload.tsx';

/** The non-linear toy sets these lessons train on. */
export const NONLINEAR_DATASETS = ['flower', 'moons', 'circles', 'xor'] as const;
export type NonlinearDataset = (typeof NONLINEAR_DATASETS)[number];

const fieldStrings: Localized<{
  legend: string;
  dataset: string;
  names: Record<NonlinearDataset, string>;
  seed: string;
  hidden: string;
}> = {
  en: {
    legend: 'Data and network',
    dataset: 'Data set',
    names: { flower: 'flower', moons: 'moons', circles: 'circles', xor: 'XOR' },
    seed: 'Seed',
    hidden: 'Hidden units n[1]',
  },
  ko: {
    legend: '데이터와 신경망',
    dataset: '데이터 세트',
    names: { flower: '꽃 모양', moons: '반달', circles: '동심원', xor: 'XOR' },
    seed: '시드',
    hidden: '은닉 유닛 수 n[1]',
  },
};

interface DataFieldsProps {
  dataset: string;
  seed: number;
  hidden: number;
  hiddenMax: number;
  onChange(changes: { dataset?: string; seed?: number; hidden?: number }): void;
  /** Which of these settings an instructor's link locks. */
  isLocked?(field: 'dataset' | 'seed' | 'hidden'): boolean;
  /** The student's CSV, which replaces the generated data set while it is there. */
  upload: CsvFile | null;
  onUpload(upload: CsvFile | null): void;
  /** The session whose refusal of a CSV (bad rows by line) is shown under the upload. */
  errorSession?: string;
}

/** Data set, seed and hidden-layer size: changing any of them configures the sessions afresh. */
export function DataFields({
  dataset,
  seed,
  hidden,
  hiddenMax,
  onChange,
  isLocked = () => false,
  upload,
  onUpload,
  errorSession,
}: DataFieldsProps) {
  const text = useStrings(fieldStrings);
  const id = useId();
  return (
    <fieldset>
      <legend>{text.legend}</legend>
      <span className="compared-runs__field">
        <label htmlFor={`${id}-dataset`}>{text.dataset}</label>
        <LockBadge locked={isLocked('dataset')} />
        <select
          id={`${id}-dataset`}
          data-testid="dataset"
          value={dataset}
          {...lockedControl(isLocked('dataset'))}
          onChange={(event) => {
            // Choosing a generated set is also the way back from a CSV.
            onUpload(null);
            onChange({ dataset: event.target.value });
          }}
        >
          {NONLINEAR_DATASETS.map((name) => (
            <option key={name} value={name}>
              {text.names[name]}
            </option>
          ))}
        </select>
      </span>
      <WholeNumberField
        id={`${id}-seed`}
        label={text.seed}
        testId="seed"
        value={seed}
        min={0}
        max={99999}
        locked={isLocked('seed')}
        onValue={(value) => onChange({ seed: value })}
      />
      <WholeNumberField
        id={`${id}-hidden`}
        label={text.hidden}
        testId="hidden-units"
        value={hidden}
        min={1}
        max={hiddenMax}
        locked={isLocked('hidden')}
        onValue={(value) => onChange({ hidden: value })}
      />
      <CsvUpload
        upload={upload}
        onUpload={onUpload}
        errorSession={errorSession}
        locked={isLocked('dataset')}
      />
    </fieldset>
  );
}

interface WholeNumberFieldProps {
  id: string;
  label: string;
  testId: string;
  value: number;
  min: number;
  max: number;
  locked: boolean;
  onValue(value: number): void;
}

/** A number box that keeps what is being typed and reports only whole numbers in range. */
function WholeNumberField({
  id,
  label,
  testId,
  value,
  min,
  max,
  locked,
  onValue,
}: WholeNumberFieldProps) {
  const [typed, setTyped] = useState(String(value));
  // A value changed elsewhere (a link) shows up in the box.
  useEffect(() => {
    setTyped((current) => (Number(current) === value ? current : String(value)));
  }, [value]);
  const n = Number(typed);
  const valid = typed !== '' && Number.isInteger(n) && n >= min && n <= max;
  return (
    <span className="compared-runs__field">
      <label htmlFor={id}>{label}</label>
      <LockBadge locked={locked} />
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        data-testid={testId}
        value={typed}
        aria-invalid={!valid}
        {...lockedControl(locked)}
        onChange={(event) => {
          setTyped(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isInteger(next) && next >= min && next <= max)
            onValue(next);
        }}
      />
    </span>
  );
}
