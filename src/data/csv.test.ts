import { describe, expect, it } from 'vitest';
import { toRows } from '../math/matrix';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads features into X (n_x, m) and labels into Y', () => {
    const d = parseCsv('x1,x2,y\r\n0.5,-1,0\n1,2,1\n\n3,4,1\n');
    expect(toRows(d.X)).toEqual([
      [0.5, 1, 3],
      [-1, 2, 4],
    ]);
    expect(toRows(d.Y)).toEqual([[0, 1, 1]]);
    expect(d.classes).toBe(2);
    expect(d.featureNames).toEqual(['x1', 'x2']);
  });

  it('gives one-hot Y for more than two classes', () => {
    const d = parseCsv('a,y\n1,0\n2,2\n3,1\n');
    expect(d.classes).toBe(3);
    expect(toRows(d.Y)).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('lists every bad row with its 1-based line number', () => {
    const text = 'x1,x2,y\n1,2,0\n1,2\nfoo,2,1\n1,2,1\n1,2,1\n1,2,cat\n1,2,-1\n';
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    const csv = error as CsvError;
    expect(csv.line).toBe(3);
    expect(csv.problems.map((p) => p.line)).toEqual([3, 4, 7, 8]);
    expect(csv.message).toContain("line 7: y must be an integer label 0..K-1, got 'cat'");
    expect(csv.message).toContain("line 4: x1 must be a number, got 'foo'");
    expect(csv.message).toContain('line 3: expected 3 values (x1,x2,y), got 2');
  });

  it('requires a header and some rows, and caps the report', () => {
    expect(() => parseCsv('1,2,0\n3,4,1')).toThrow('line 1: a header row is required');
    expect(() => parseCsv('')).toThrow('empty');
    expect(() => parseCsv('x,y\n')).toThrow('no data rows');
    const many = 'x,y\n' + Array.from({ length: 30 }, () => 'a,0').join('\n');
    expect(() => parseCsv(many)).toThrow('... and 10 more bad lines');
  });
});
