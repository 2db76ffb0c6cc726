import type { RaceRow } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatMs, formatRatio } from './race-view.ts';
import { strings } from './strings.ts';

/** The measured numbers: the plot's text alternative, and the answer to the lesson's prediction. */
export function RaceTable({ rows, nx, reps }: { rows: RaceRow[]; nx: number; reps: number }) {
  const s = useStrings(strings);
  const c = s.columns;
  return (
    <div
      className="race__scroll"
      tabIndex={0}
      role="region"
      aria-label={s.tableCaption({ nx, reps })}
    >
      <table className="race__table" data-testid="race-table">
        <caption>{s.tableCaption({ nx, reps })}</caption>
        <thead>
          <tr>
            <th scope="col">{c.m}</th>
            <th scope="col">
              <code>{c.loop}</code>
            </th>
            <th scope="col">
              <code>{c.vectorised}</code>
            </th>
            <th scope="col">{c.speedUp}</th>
            <th scope="col">{c.difference}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5}>{s.emptyTable}</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.m} data-m={r.m} data-speed-up={String(r.speedUp)}>
              <th scope="row">{r.m.toLocaleString('en')}</th>
              <td>{formatMs(r.loopMs)}</td>
              <td>{formatMs(r.vectorisedMs)}</td>
              <td data-testid={`speed-up-${r.m}`}>{formatRatio(r.speedUp)}</td>
              <td data-difference={String(r.maxAbsDifference.dw)}>
                {r.maxAbsDifference.dw === 0 ? '0' : r.maxAbsDifference.dw.toExponential(1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
