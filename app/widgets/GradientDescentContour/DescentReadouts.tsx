import { BLOW_UP } from '../../../src/train/descent-2d.ts';
import type { InkDescentOutput } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatNumber } from './draw-surface.ts';
import { strings } from './strings.ts';

interface DescentReadoutsProps {
  descent: InkDescentOutput;
  step: number;
  /** the last step of the path */
  steps: number;
}

/** The numbers at the shown step, the verdict on the whole run, a divergence notice and the table. */
export function DescentReadouts({ descent, step, steps }: DescentReadoutsProps) {
  const s = useStrings(strings);
  const { path, summary } = descent;
  const k = Math.min(step, path.w.length - 1);
  const J0 = path.J[0]!;
  // The highest J so far; once it has passed BLOW_UP x J(start), the notice stays up.
  let peak = 0;
  for (let i = 1; i <= k; i++) if (!(path.J[i]! <= path.J[peak]!)) peak = i;
  const blownUp = !(path.J[peak]! <= BLOW_UP * J0);
  const rows: [string, string, number][] = [
    ['w', formatNumber(path.w[k]!), path.w[k]!],
    ['b', formatNumber(path.b[k]!), path.b[k]!],
    ['J', formatNumber(path.J[k]!, 4), path.J[k]!],
    ['dJ/dw', formatNumber(path.dw[k]!, 4), path.dw[k]!],
    ['dJ/db', formatNumber(path.db[k]!, 4), path.db[k]!],
  ];
  const testIds = ['read-w', 'read-b', 'read-j', 'read-dw', 'read-db'];
  return (
    <div className="gd-readouts">
      <dl className="gd-readouts__list" aria-live="polite">
        <div>
          <dt>{s.readStep}</dt>
          <dd data-testid="read-step" data-value={k}>
            {k} / {steps}
          </dd>
        </div>
        {rows.map(([name, text, value], i) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd data-testid={testIds[i]} data-value={value}>
              {text}
            </dd>
          </div>
        ))}
      </dl>
      {blownUp && (
        <p
          className="notice notice--error gd-readouts__alarm"
          role="alert"
          data-testid="divergence-notice"
        >
          {s.divergence({ J0: formatNumber(J0, 4), J: formatNumber(path.J[peak]!, 4), step: peak })}
        </p>
      )}
      <div
        className="gd-readouts__verdict"
        data-testid="run-verdict"
        data-verdict={summary.verdict}
      >
        <strong>{s.verdictTitle}: </strong>
        {s.verdicts[summary.verdict]}{' '}
        {s.runSummary({
          steps: path.w.length - 1,
          J0: formatNumber(J0, 4),
          Jn: formatNumber(path.J[path.J.length - 1]!, 4),
          rises: summary.rises,
          crossings: summary.crossings,
        })}
      </div>
      <details className="gd-readouts__table">
        <summary>{s.tableSummary}</summary>
        <table>
          <caption>{s.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.readStep}</th>
              <th scope="col">w</th>
              <th scope="col">b</th>
              <th scope="col">J</th>
              <th scope="col">dJ/dw</th>
              <th scope="col">dJ/db</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: k + 1 }, (_, i) => (
              <tr key={i}>
                <th scope="row">{i}</th>
                <td>{formatNumber(path.w[i]!)}</td>
                <td>{formatNumber(path.b[i]!)}</td>
                <td>{formatNumber(path.J[i]!, 4)}</td>
                <td>{formatNumber(path.dw[i]!, 4)}</td>
                <td>{formatNumber(path.db[i]!, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
