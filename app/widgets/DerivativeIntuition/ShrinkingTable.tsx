import {
  shrinkingNudges,
  type IntuitionFunctionName,
} from '../../../src/math/difference-quotient.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatFixed, formatShort } from './draw-derivative.ts';
import { strings } from './strings.ts';

interface ShrinkingTableProps {
  name: IntuitionFunctionName;
  a: number;
  nudge: number;
}

/** The measured slope for nudges 0.1, 0.01, ... and the current one: the difference shrinks with the nudge. */
export function ShrinkingTable({ name, a, nudge }: ShrinkingTableProps) {
  const s = useStrings(strings);
  const readings = shrinkingNudges(name, a);
  const current = shrinkingNudges(name, a, [nudge])[0]!;
  const rows = readings.some((r) => r.nudge === nudge) ? readings : [...readings, current];
  return (
    <details className="derivative-table">
      <summary>{s.tableSummary}</summary>
      <div className="derivative-table__scroll">
        <table data-testid="shrinking-table">
          <caption>{s.tableCaption({ fn: s.functionNames[name], a: formatShort(a, 3) })}</caption>
          <thead>
            <tr>
              <th scope="col">{s.tableNudge}</th>
              <th scope="col">{s.heightShort}</th>
              <th scope="col">{s.ratio}</th>
              <th scope="col">{s.exact}</th>
              <th scope="col">{s.difference}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const isCurrent = r.nudge === nudge;
              return (
                <tr key={r.nudge} className={isCurrent ? 'derivative-table__current' : undefined}>
                  <th scope="row">
                    {formatShort(r.nudge)}
                    {isCurrent && ` ${s.tableCurrent}`}
                  </th>
                  <td>{formatFixed(r.height, 10)}</td>
                  <td>{formatFixed(r.ratio, 8)}</td>
                  <td>{formatShort(r.exact, 8)}</td>
                  <td data-difference={r.difference}>{formatFixed(r.difference, 8)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
