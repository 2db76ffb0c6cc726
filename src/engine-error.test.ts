import { describe, expect, it } from 'vitest';
import { parseCsv } from './data/csv';
import { EngineError, engineMessageOf, errorFromMessage } from './engine-error';
import { ShapeError } from './math/matrix';
import { validateConfig, validateParameters } from './nn/config';
import { fromModelFile } from './nn/model-file';
import { zeros } from './math/matrix';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('engine errors carry a code and their numbers, the English message unchanged', () => {
  it('CSV: one detail per bad cell, with its line', () => {
    const error = thrown(() => parseCsv('x1,x2,y\n1,2,0\nabc,2,7.5\n1,2\n'));
    const message = engineMessageOf(error);
    expect(message.message).toBe(
      "line 3: x1 must be a number, got 'abc'; y must be an integer label 0..K-1, got '7.5'\n" +
        'line 4: expected 3 values (x1,x2,y), got 2',
    );
    expect(message.code).toBe('csv-bad-lines');
    expect(message.details).toEqual([
      expect.objectContaining({
        code: 'csv-bad-number',
        params: { line: 3, column: 'x1', value: 'abc' },
      }),
      expect.objectContaining({ code: 'csv-bad-label', params: { line: 3, value: '7.5' } }),
      expect.objectContaining({
        code: 'csv-column-count',
        params: { line: 4, expected: 3, columns: 'x1,x2,y', got: 2 },
      }),
    ]);
  });

  it('layer sizes and parameter shapes', () => {
    const config = {
      layerSizes: [3, 0, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'cross-entropy',
    } as const;
    expect(
      engineMessageOf(thrown(() => validateConfig({ ...config, layerSizes: [3, 0, 1] }))),
    ).toEqual({
      message: 'n[1] must be a whole number of at least 1, got 0',
      code: 'config-size-not-whole',
      params: { layer: 1, value: '0' },
    });
    const shapeError = thrown(() =>
      validateParameters(
        { ...config, layerSizes: [3, 4, 1] },
        { W: [zeros(4, 2), zeros(1, 4)], b: [zeros(4, 1), zeros(1, 1)] },
      ),
    );
    expect(shapeError).toBeInstanceOf(ShapeError);
    expect(engineMessageOf(shapeError)).toMatchObject({
      code: 'shape-W',
      params: { layer: 1, shape: '(4, 2)', rows: 4, cols: 3 },
    });
  });

  it('model files', () => {
    expect(engineMessageOf(thrown(() => fromModelFile({ format: 'x' })))).toMatchObject({
      message: 'model file: "format" must be "neural-notebook/model@1", got "x"',
      code: 'model-format',
    });
  });

  it('survives the worker boundary and a plain Error has no code', () => {
    const back = errorFromMessage(engineMessageOf(new EngineError('m', 'csv-empty', { a: 1 })));
    expect(back).toBeInstanceOf(EngineError);
    expect((back as EngineError).params).toEqual({ a: 1 });
    expect(engineMessageOf(new Error('plain'))).toEqual({ message: 'plain' });
  });
});
