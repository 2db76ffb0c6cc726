/**
 * The results table's rows (one per finished run, kept across sweeps) and their sorting.
 * Pure, so the order a student gets from a column header is tested here.
 */
import type { Swept, SweptValue } from './settings.ts';

export interface ResultRow {
  /** 1, 2, 3 ... in the order runs finished: also a stable key. */
  run: number;
  /** The sweep the run belonged to (1 for the first press of Run). */
  sweep: number;
  data: string;
  swept: Swept;
  value: SweptValue;
  /** Cost of the final parameters on the whole training set. */
  finalCost: number | null;
  trainAccuracy: number | null;
  iterations: number;
  /** The step at which training diverged, or null. */
  divergedAt: number | null;
}

export const SORT_COLUMNS = [
  'run',
  'data',
  'swept',
  'value',
  'finalCost',
  'trainAccuracy',
  'iterations',
  'divergedAt',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

/** Missing numbers (a run with no cost) sort last in both directions. */
function compare(a: unknown, b: unknown): number {
  const missingA = a === null || (typeof a === 'number' && !Number.isFinite(a));
  const missingB = b === null || (typeof b === 'number' && !Number.isFinite(b));
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1; // numbers before names when values mix
  if (typeof b === 'number') return 1;
  return String(a).localeCompare(String(b));
}

/** A sorted copy; ties keep run order, so sorting is stable and predictable. */
export function sortRows(rows: readonly ResultRow[], sort: SortState): ResultRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a[sort.column];
    const vb = b[sort.column];
    const missing = (v: unknown) => v === null || (typeof v === 'number' && !Number.isFinite(v));
    // Missing values stay at the bottom whichever way the column is sorted.
    const order = missing(va) || missing(vb) ? compare(va, vb) : sign * compare(va, vb);
    return order !== 0 ? order : a.run - b.run;
  });
}

/** Pressing a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
