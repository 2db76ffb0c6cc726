import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';

interface OutputBarsProps {
  /** The ten outputs y-hat_0..y-hat_9, or null when there is nothing to show. */
  outputs: ArrayLike<number> | null;
  /** The digit the model predicts (marked in words and by a pointer, never by colour alone). */
  predicted: number | null;
  /** Names the list for screen readers, e.g. "Hidden-layer network: outputs". */
  label: string;
  testId?: string;
}

/**
 * A model's ten outputs as labelled bars: each row is the digit, a bar as long as the
 * output, and the output as a percentage, so the numbers are there to read, not only to see.
 */
export function OutputBars({ outputs, predicted, label, testId }: OutputBarsProps) {
  const text = useStrings(strings);
  return (
    <ol className="output-bars" aria-label={label} data-testid={testId}>
      {Array.from({ length: 10 }, (_, digit) => {
        const value = outputs ? outputs[digit]! : null;
        const top = digit === predicted;
        return (
          <li
            key={digit}
            className={top ? 'output-bars__row output-bars__row--top' : 'output-bars__row'}
            data-digit={digit}
            data-value={value ?? ''}
          >
            <span className="output-bars__digit">{digit}</span>
            <span className="output-bars__track" aria-hidden="true">
              <span
                className="output-bars__bar"
                style={{ width: `${Math.max(0, Math.min(1, value ?? 0)) * 100}%` }}
              />
            </span>
            <span className="output-bars__value">
              {value === null ? '–' : text.pct({ x: value })}
              {top && (
                <span className="output-bars__mark">
                  {' '}
                  <span aria-hidden="true">◀</span>
                  <span className="visually-hidden">{text.topMark}</span>
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
