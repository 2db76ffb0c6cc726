import { describe, expect, it } from 'vitest';
import { makeToyDataset } from '../../../src/data/toy.ts';
import { traceLoop } from '../../../src/nn/loop-trace.ts';
import {
  decisionSegment,
  exampleRows,
  formatValue,
  lastStateOfExample,
  nextExampleStep,
  PSEUDO_ROWS,
  rowOf,
  writtenBy,
} from './loop-view.ts';

const { X, Y } = makeToyDataset('blobs', { m: 4, seed: 1, noise: 1 });
const states = traceLoop(new Float64Array([0.5, -0.5]), 0, X, Y, 0.5);

describe('loop stepper view', () => {
  it('maps every state to a pseudo-code row that exists', () => {
    const rows = new Set(PSEUDO_ROWS.map((r) => r.row));
    for (const state of states) expect(rows.has(rowOf(state))).toBe(true);
    expect(rowOf(states[5]!)).toBe('dw1');
    expect(rowOf(states[6]!)).toBe('dw2');
    expect(writtenBy(states[6]!)).toBe('dw2');
    expect(writtenBy(states.at(-1)!)).toBe('params');
  });

  it('finds the end of each example and the next-example jumps', () => {
    expect(states[lastStateOfExample(0, 2)]).toMatchObject({ line: 'db', i: 0 });
    expect(states[lastStateOfExample(3, 2)]).toMatchObject({ line: 'db', i: 3 });
    expect(nextExampleStep(0, states, 2)).toBe(7);
    expect(nextExampleStep(3, states, 2)).toBe(7);
    expect(nextExampleStep(7, states, 2)).toBe(14);
    expect(nextExampleStep(28, states, 2)).toBe(states.length - 1);
  });

  it('fills the table as the loop runs, with running sums per finished example', () => {
    const atStart = exampleRows(X, Y, states, 0);
    expect(atStart.every((row) => row.status === 'waiting' && row.z === null)).toBe(true);
    const midway = exampleRows(X, Y, states, 9); // example 1's 'a' line
    expect(midway.map((row) => row.status)).toEqual(['done', 'current', 'waiting', 'waiting']);
    expect(midway[0]!.J).toBe(states[7]!.J);
    expect(midway[1]!.a).toBe(states[9]!.a);
    expect(midway[1]!.dz).toBeNull();
    expect(midway[1]!.J).toBeNull();
    const end = exampleRows(X, Y, states, states.length - 1);
    expect(end.every((row) => row.status === 'done')).toBe(true);
    expect(end[3]!.db).toBe(states[lastStateOfExample(3, 2)]!.db);
  });

  it('clips the decision line to the box', () => {
    const domain = { x1: [-2, 2] as [number, number], x2: [-2, 2] as [number, number] };
    expect(decisionSegment(1, -1, 0, domain)).toEqual([
      [-2, -2],
      [2, 2],
    ]);
    expect(decisionSegment(0, 0, 1, domain)).toBeNull();
    expect(decisionSegment(1, 0, -5, domain)).toBeNull();
  });

  it('formats values for the read-outs', () => {
    expect(formatValue(null)).toBe('');
    expect(formatValue(-0.5)).toBe('−0.5000');
    expect(formatValue(0.00001234)).toBe('1.23e-5');
  });
});
