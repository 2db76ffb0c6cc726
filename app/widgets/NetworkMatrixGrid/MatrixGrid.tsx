import { useRef, useState, type KeyboardEvent } from 'react';
import type { Matrix } from '../../../src/math/matrix.ts';
import { Equation } from '../../components/Equation.tsx';
import {
  clampToGrid,
  formatEntry,
  moveInGrid,
  type GridExtent,
  type GridPosition,
} from './grid-navigation.ts';
import './MatrixGrid.css';

export type { GridPosition } from './grid-navigation.ts';

export interface MatrixGridProps {
  /** Short id for tests and styling, e.g. "W1" (data-matrix). */
  id: string;
  /** The matrix's name in plain text for screen readers, e.g. "W[1]". */
  name: string;
  /** The same name in TeX, e.g. "W^{[1]}". */
  tex: string;
  matrix: Matrix;
  /** Which cells (and headers, at i = -1 or j = -1) are part of the current selection. */
  isHighlighted: (i: number, j: number) => boolean;
  /** Hover or keyboard focus reached a cell or a header. */
  onPoint?: (at: GridPosition) => void;
  rowHeaders?: readonly string[];
  columnHeaders?: readonly string[];
  /** e.g. "rows: hidden units · columns: examples" */
  note?: string;
  digits?: number;
  /** Accessible text for one cell, e.g. "row 2, x(3): 0.41". */
  describeCell?: (i: number, j: number, value: string) => string;
}

/**
 * One matrix printed as a grid with its shape in the caption. Every number comes from the
 * engine's matrix; the grid only prints it. One tab stop per matrix; the arrow keys move
 * between cells and headers (role="grid" also tells the lesson pager to leave them alone).
 */
export function MatrixGrid({
  id,
  name,
  tex,
  matrix,
  isHighlighted,
  onPoint,
  rowHeaders,
  columnHeaders,
  note,
  digits = 2,
  describeCell,
}: MatrixGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const extent: GridExtent = {
    rows: matrix.rows,
    cols: matrix.cols,
    columnHeaders: columnHeaders !== undefined,
    rowHeaders: rowHeaders !== undefined,
  };
  const [remembered, setActive] = useState<GridPosition>({ i: 0, j: 0 });
  const active = clampToGrid(remembered, extent);
  const shape = `(${matrix.rows}, ${matrix.cols})`;

  const point = (at: GridPosition) => {
    setActive(at);
    onPoint?.(at);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = moveInGrid(active, event.key, extent);
    if (!next) return;
    event.preventDefault();
    point(next);
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-pos="${next.i},${next.j}"]`)
      ?.focus({ preventScroll: false });
  };
  const focusProps = (i: number, j: number) => ({
    'data-pos': `${i},${j}`,
    tabIndex: active.i === i && active.j === j ? 0 : -1,
    onFocus: () => point({ i, j }),
    onMouseEnter: () => point({ i, j }),
    'data-highlighted': isHighlighted(i, j) ? 'true' : 'false',
  });

  return (
    <figure className="nmg" data-testid="matrix" data-matrix={id}>
      <figcaption className="nmg__caption">
        <Equation tex={tex} display={false} />
        <span className="nmg__shape" data-testid="matrix-shape">
          {shape}
        </span>
        {note && <span className="nmg__note">{note}</span>}
      </figcaption>
      <div className="nmg__scroll">
        <table
          ref={tableRef}
          className="nmg__table"
          role="grid"
          aria-label={`${name} ${shape}${note ? `, ${note}` : ''}`}
          onKeyDown={onKeyDown}
        >
          {columnHeaders && (
            <thead>
              <tr>
                {rowHeaders && <td aria-hidden="true" />}
                {columnHeaders.map((label, j) => (
                  <th key={j} role="columnheader" scope="col" {...focusProps(-1, j)}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {Array.from({ length: matrix.rows }, (_, i) => (
              <tr key={i}>
                {rowHeaders && (
                  <th role="rowheader" scope="row" {...focusProps(i, -1)}>
                    {rowHeaders[i]}
                  </th>
                )}
                {Array.from({ length: matrix.cols }, (_, j) => {
                  const value = matrix.data[i * matrix.cols + j]!;
                  const text = formatEntry(value, digits);
                  return (
                    <td
                      key={j}
                      role="gridcell"
                      className="nmg__cell"
                      data-testid="matrix-cell"
                      data-row={i}
                      data-col={j}
                      data-value={value}
                      aria-label={describeCell?.(i, j, text)}
                      {...focusProps(i, j)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
