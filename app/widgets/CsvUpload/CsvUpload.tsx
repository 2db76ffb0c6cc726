import { useState } from 'react';
import { type DataSource, useSession } from '../../engine/index.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useEngineText } from '../../i18n/engine-text.ts';
import { checkTwoFeatureHeader } from './csv-header.ts';
import { strings } from './strings.ts';
import './CsvUpload.css';

/** A student's CSV file: its name (to show) and its text (the engine parses it). */
export interface CsvFile {
  name: string;
  text: string;
}

/** The data a widget trains on: the student's CSV while there is one, else its own. */
export function dataOrCsv(upload: CsvFile | null, builtIn: DataSource): DataSource {
  return upload ? { kind: 'csv', text: upload.text } : builtIn;
}

interface CsvUploadProps {
  upload: CsvFile | null;
  /** A file with the right header (null: back to the widget's own data). */
  onUpload(upload: CsvFile | null): void;
  /**
   * A session trained on the upload whose refusal (a bad row, with its line number) this
   * shows; leave it out where the training controls already show the session's error.
   */
  errorSession?: string;
  /** An instructor's link locks the widget's data set: no file can replace it. */
  locked?: boolean;
}

/**
 * Upload a CSV of 2-D points (x1,x2,y) into a decision-boundary widget: the header is
 * checked here, every row by the engine, which names the line of each bad one. While a file
 * is in use the widget trains on it; a button brings the built-in data back.
 */
export function CsvUpload({ upload, onUpload, errorSession, locked = false }: CsvUploadProps) {
  const text = useStrings(strings);
  const engineText = useEngineText();
  const [headerError, setHeaderError] = useState<string | null>(null);
  const session = useSession(errorSession ?? '');
  const engineError = errorSession && upload && session?.error ? engineText(session.error) : null;

  async function read(file: File) {
    const contents = await file.text();
    const columns = checkTwoFeatureHeader(contents);
    if (columns !== null) {
      setHeaderError(text.columns({ features: columns }));
      return;
    }
    setHeaderError(null);
    onUpload({ name: file.name, text: contents });
  }

  return (
    <div className="csv-upload">
      <label>
        {text.label} <LockBadge locked={locked} />{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="csv-upload"
          {...lockedControl(locked)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
            event.target.value = '';
          }}
        />
      </label>
      <p className="csv-upload__hint">{text.hint}</p>
      {upload && (
        <p data-testid="csv-active">
          {text.active({ name: upload.name })}{' '}
          <button type="button" data-testid="csv-back" onClick={() => onUpload(null)}>
            {text.back}
          </button>
        </p>
      )}
      {(headerError ?? engineError) && (
        <p className="field-error csv-upload__error" role="alert" data-testid="csv-error">
          {headerError ?? `${text.refused} ${engineError}`}
        </p>
      )}
    </div>
  );
}
