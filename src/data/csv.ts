/**
 * A student's own data set as CSV: a header row, then one example per line,
 *
 *   x1,x2,y
 *   0.5,-1.2,0
 *   ...
 *
 * n feature columns then the label y, an integer class 0..K-1. The result is in the notes'
 * layout: X (n_x, m), Y (1, m) of 0/1 for K = 2 or one-hot (K, m) for K > 2.
 * Every bad row is reported (up to MAX_REPORTED) with its 1-based line number.
 */
import { EngineError, type EngineErrorCode, type ErrorParams } from '../engine-error';
import { type Matrix, zeros } from '../math/matrix';
import { labelsToY } from './labels';

/** One thing wrong on a line, with a stable code and its values (e.g. 'csv-bad-number'). */
export interface CsvFault {
  message: string;
  code: EngineErrorCode;
  params: ErrorParams;
}

export interface CsvProblem {
  /** 1-based line number in the text */
  line: number;
  message: string;
  /** what is wrong on the line, one entry per bad cell */
  faults: CsvFault[];
}

export interface CsvDataset {
  X: Matrix;
  Y: Matrix;
  labels: Uint8Array;
  /** K, the number of classes (max label + 1) */
  classes: number;
  /** the header's feature names, x1..xn */
  featureNames: string[];
}

export const MAX_REPORTED = 20;
export const MAX_CLASSES = 256;

/**
 * Thrown with every problem found; `line` is the first bad line, `problems` lists them all.
 * Code 'csv-bad-lines'; `details` holds one entry per fault, its params with the line.
 */
export class CsvError extends EngineError {
  readonly line: number;
  readonly problems: CsvProblem[];
  constructor(problems: CsvProblem[], more = 0) {
    const lines = problems.map((p) => `line ${p.line}: ${p.message}`);
    if (more > 0) lines.push(`... and ${more} more bad lines`);
    const details = problems.flatMap((p) =>
      p.faults.map((f) => ({
        message: `line ${p.line}: ${f.message}`,
        code: f.code,
        params: { line: p.line, ...f.params },
      })),
    );
    super(lines.join('\n'), 'csv-bad-lines', { lines: problems.length, more }, details);
    this.name = 'CsvError';
    this.problems = problems;
    this.line = problems[0]?.line ?? 0;
  }
}

function fault(message: string, code: EngineErrorCode, params: ErrorParams = {}): CsvFault {
  return { message, code, params };
}

/** A problem made of one fault. */
function problem(line: number, f: CsvFault): CsvProblem {
  return { line, message: f.message, faults: [f] };
}

function splitRow(text: string): string[] {
  return text.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/** Parses the whole text. Allocates X, Y and labels; throws CsvError on any bad line. */
export function parseCsv(text: string): CsvDataset {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw new CsvError([problem(1, fault('the file is empty', 'csv-empty'))]);
  const header = splitRow(lines[headerIndex]!);
  const headerLine = headerIndex + 1;
  if (header.length < 2) {
    const got = lines[headerIndex]!.trim();
    throw new CsvError([
      problem(
        headerLine,
        fault(
          `the header needs at least one feature and y (e.g. x1,x2,y), got '${got}'`,
          'csv-header-short',
          { header: got },
        ),
      ),
    ]);
  }
  if (header.every((cell) => cell !== '' && Number.isFinite(Number(cell)))) {
    throw new CsvError([
      problem(
        headerLine,
        fault(
          'a header row is required first (e.g. x1,x2,y), but this line holds numbers',
          'csv-header-numbers',
        ),
      ),
    ]);
  }
  const nx = header.length - 1;
  const problems: CsvProblem[] = [];
  let more = 0;
  const report = (line: number, faults: CsvFault[]) => {
    const message = faults.map((f) => f.message).join('; ');
    if (problems.length < MAX_REPORTED) problems.push({ line, message, faults });
    else more++;
  };
  const features: number[] = [];
  const labelList: number[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const cells = splitRow(raw);
    if (cells.length !== header.length) {
      report(line, [
        fault(
          `expected ${header.length} values (${header.join(',')}), got ${cells.length}`,
          'csv-column-count',
          { expected: header.length, columns: header.join(','), got: cells.length },
        ),
      ]);
      continue;
    }
    const bad: CsvFault[] = [];
    const row: number[] = [];
    for (let j = 0; j < nx; j++) {
      const v = cells[j]!;
      const x = v === '' ? NaN : Number(v);
      if (!Number.isFinite(x)) {
        bad.push(
          fault(`${header[j]} must be a number, got '${v}'`, 'csv-bad-number', {
            column: header[j]!,
            value: v,
          }),
        );
      }
      row.push(x);
    }
    const yText = cells[nx]!;
    const y = yText === '' ? NaN : Number(yText);
    if (!Number.isInteger(y) || y < 0 || y >= MAX_CLASSES) {
      bad.push(
        fault(`y must be an integer label 0..K-1, got '${yText}'`, 'csv-bad-label', {
          value: yText,
        }),
      );
    }
    if (bad.length > 0) {
      report(line, bad);
      continue;
    }
    features.push(...row);
    labelList.push(y);
  }
  if (problems.length > 0) throw new CsvError(problems, more);
  const m = labelList.length;
  if (m === 0)
    throw new CsvError([
      problem(headerLine, fault('there are no data rows after the header', 'csv-no-rows')),
    ]);
  const classes = Math.max(2, ...labelList.map((y) => y + 1));
  const X = zeros(nx, m);
  const labels = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    labels[i] = labelList[i]!;
    for (let j = 0; j < nx; j++) X.data[j * m + i] = features[i * nx + j]!;
  }
  return { X, Y: labelsToY(labels, classes), labels, classes, featureNames: header.slice(0, nx) };
}
