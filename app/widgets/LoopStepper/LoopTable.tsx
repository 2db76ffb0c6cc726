import { useId } from 'react';
import { formatValue, type ExampleRow } from './loop-view.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';

/** One row per example: its x and y, z, a, loss and dz once computed, and the running sums. */
export function LoopTable({ rows }: { rows: ExampleRow[] }) {
  const s = useStrings(strings);
  const c = s.columns;
  const captionId = useId();
  return (
    <>
      <h4 id={captionId} className="loop-stepper__caption">
        {s.tableCaption({ m: rows.length })}
      </h4>
      <div className="loop-stepper__scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="loop-stepper__table" data-testid="loop-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <td colSpan={8} />
              <th scope="colgroup" colSpan={4} className="group">
                {c.running}
              </th>
            </tr>
            <tr>
              <th scope="col">{c.i}</th>
              <th scope="col">x₁</th>
              <th scope="col">x₂</th>
              <th scope="col">{c.y}</th>
              <th scope="col">z</th>
              <th scope="col">a</th>
              <th scope="col">{c.loss}</th>
              <th scope="col">dz</th>
              <th scope="col">J</th>
              <th scope="col">dw₁</th>
              <th scope="col">dw₂</th>
              <th scope="col">db</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.i}
                className={`is-${row.status}`}
                aria-current={row.status === 'current' ? 'true' : undefined}
                data-status={row.status}
              >
                <th scope="row">
                  {row.i + 1}
                  {row.status === 'current' && (
                    <span className="visually-hidden"> ({s.tableCurrent})</span>
                  )}
                </th>
                <td>{formatValue(row.x1, 2)}</td>
                <td>{formatValue(row.x2, 2)}</td>
                <td>{row.y}</td>
                <td>{formatValue(row.z, 3)}</td>
                <td>{formatValue(row.a, 3)}</td>
                <td>{formatValue(row.loss, 3)}</td>
                <td>{formatValue(row.dz, 3)}</td>
                <td>{formatValue(row.J, 3)}</td>
                <td>{formatValue(row.dw1, 3)}</td>
                <td>{formatValue(row.dw2, 3)}</td>
                <td>{formatValue(row.db, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
