import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type ResultRow } from './results.ts';

const row = (
  run: number,
  value: number | string,
  finalCost: number | null,
  divergedAt: number | null = null,
): ResultRow => ({
  run,
  sweep: 1,
  data: 'flower',
  swept: 'lr',
  value,
  finalCost,
  trainAccuracy: finalCost === null ? null : 1 - finalCost,
  iterations: 100,
  divergedAt,
});

describe('sortRows', () => {
  const rows = [row(1, 0.5, 0.3), row(2, 3, null, 19), row(3, 0.01, 0.68), row(4, 1.2, 0.24)];

  it('sorts by a numeric column both ways, missing values last', () => {
    const up = sortRows(rows, { column: 'finalCost', direction: 'ascending' });
    expect(up.map((r) => r.run)).toEqual([4, 1, 3, 2]);
    const down = sortRows(rows, { column: 'finalCost', direction: 'descending' });
    expect(down.map((r) => r.run)).toEqual([3, 1, 4, 2]);
  });

  it('sorts values numerically, not as text', () => {
    const up = sortRows(rows, { column: 'value', direction: 'ascending' });
    expect(up.map((r) => r.value)).toEqual([0.01, 0.5, 1.2, 3]);
  });

  it('puts numbers before names when a column mixes them, and keeps run order on ties', () => {
    const mixed = [row(1, 'tanh', 0.2), row(2, 4, 0.2), row(3, 'relu', 0.2)];
    expect(sortRows(mixed, { column: 'value', direction: 'ascending' }).map((r) => r.run)).toEqual([
      2, 3, 1,
    ]);
    expect(
      sortRows(mixed, { column: 'finalCost', direction: 'descending' }).map((r) => r.run),
    ).toEqual([1, 2, 3]);
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortRows(rows, { column: 'value', direction: 'descending' });
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and flips the current one', () => {
    const first = nextSort({ column: 'run', direction: 'ascending' }, 'finalCost');
    expect(first).toEqual({ column: 'finalCost', direction: 'ascending' });
    expect(nextSort(first, 'finalCost')).toEqual({ column: 'finalCost', direction: 'descending' });
  });
});
