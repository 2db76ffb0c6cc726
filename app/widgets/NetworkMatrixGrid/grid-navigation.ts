/**
 * Roving focus inside one matrix: cells (i, j) with 0 <= i < rows, 0 <= j < cols, plus an
 * optional header row (i = -1, one header per column) and header column (j = -1, one per row).
 * The corner (-1, -1) does not exist. Framework-free so it can be tested on its own.
 */
export interface GridPosition {
  i: number;
  j: number;
}

export interface GridExtent {
  rows: number;
  cols: number;
  columnHeaders: boolean;
  rowHeaders: boolean;
}

/** Where an arrow key (or Home/End) leads from `at`; null for any other key. */
export function moveInGrid(at: GridPosition, key: string, grid: GridExtent): GridPosition | null {
  const top = grid.columnHeaders ? -1 : 0;
  const left = grid.rowHeaders ? -1 : 0;
  let { i, j } = at;
  switch (key) {
    case 'ArrowUp':
      i = Math.max(top, i - 1);
      break;
    case 'ArrowDown':
      i = Math.min(grid.rows - 1, i + 1);
      break;
    case 'ArrowLeft':
      j = Math.max(left, j - 1);
      break;
    case 'ArrowRight':
      j = Math.min(grid.cols - 1, j + 1);
      break;
    case 'Home':
      j = left;
      break;
    case 'End':
      j = grid.cols - 1;
      break;
    default:
      return null;
  }
  // The corner is empty: step off it along the axis we did not move on.
  if (i === -1 && j === -1) return key === 'ArrowUp' ? { i: at.i, j: 0 } : { i: 0, j: -1 };
  return { i, j };
}

/** Keeps a remembered position inside a grid whose size changed. */
export function clampToGrid(at: GridPosition, grid: GridExtent): GridPosition {
  const i = Math.min(Math.max(at.i, grid.columnHeaders ? -1 : 0), grid.rows - 1);
  const j = Math.min(Math.max(at.j, grid.rowHeaders ? -1 : 0), grid.cols - 1);
  return i === -1 && j === -1 ? { i: 0, j: 0 } : { i, j };
}

/** A number as the matrices print it: fixed digits, a true minus sign kept ASCII for tests. */
export function formatEntry(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}
