import { useId, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { nextSort, SORT_COLUMNS, sortRows, type ResultRow, type SortState } from './results.ts';
import { isSweepDataset } from './settings.ts';
import { pct, strings } from './strings.ts';

interface ResultsTableProps {
  rows: readonly ResultRow[];
  onClear(): void;
}

/**
 * Every finished run, kept across sweeps. Each column header is a button that sorts by it
 * (again to reverse); the header carries aria-sort so a screen reader announces the order.
 */
export function ResultsTable({ rows, onClear }: ResultsTableProps) {
  const text = useStrings(strings);
  const id = useId();
  const [sort, setSort] = useState<SortState>({ column: 'run', direction: 'ascending' });
  const sorted = sortRows(rows, sort);

  return (
    <section className="hp-results" aria-labelledby={`${id}-title`}>
      <div className="hp-results__head">
        <h4 id={`${id}-title`} className="hp-results__title">
          {text.tableTitle}
        </h4>
        <button
          type="button"
          onClick={onClear}
          disabled={rows.length === 0}
          data-testid="clear-results"
        >
          {text.clear}
        </button>
      </div>
      <div className="hp-results__wrap">
        <table className="hp-results__table" data-testid="results-table">
          <caption className="visually-hidden">{text.tableCaption}</caption>
          <thead>
            <tr>
              {SORT_COLUMNS.map((column) => {
                const active = sort.column === column;
                return (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={active ? sort.direction : 'none'}
                    data-testid={`sort-${column}`}
                  >
                    <button
                      type="button"
                      className="hp-results__sort"
                      onClick={() => setSort((current) => nextSort(current, column))}
                    >
                      {text.columns[column]}
                      <span aria-hidden="true" className="hp-results__arrow">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={SORT_COLUMNS.length} className="hp-results__empty">
                  {text.noResults}
                </td>
              </tr>
            ) : (
              sorted.map((row) => (
                <tr
                  key={row.run}
                  data-testid="result-row"
                  data-run={row.run}
                  data-diverged={row.divergedAt !== null}
                  className={row.divergedAt !== null ? 'hp-results__row--diverged' : undefined}
                >
                  <th scope="row">{row.run}</th>
                  <td>{isSweepDataset(row.data) ? text.datasetNames[row.data] : row.data}</td>
                  <td>{text.sweptNames[row.swept]}</td>
                  <td data-testid="result-value">{String(row.value)}</td>
                  <td data-testid="result-cost">
                    {row.finalCost === null || !Number.isFinite(row.finalCost)
                      ? '—'
                      : Math.abs(row.finalCost) >= 1000
                        ? row.finalCost.toExponential(2)
                        : row.finalCost.toFixed(4)}
                  </td>
                  <td>{row.trainAccuracy === null ? '—' : pct(row.trainAccuracy)}</td>
                  <td>{row.iterations}</td>
                  <td>
                    {row.divergedAt !== null ? `✕ ${text.yes({ step: row.divergedAt })}` : text.no}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
