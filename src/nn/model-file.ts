/**
 * The model file: plain JSON that numpy reads with json.load, one entry per layer l = 1..L:
 *
 *   {"format": "neural-notebook/model@1",
 *    "layers": [{"W": [[...], ...], "b": [...], "activation": "tanh"}, ...],
 *    "loss": "cross-entropy"}
 *
 * W is n[l] rows of n[l-1] numbers (the notes' W[l]), b is n[l] numbers, and the last layer's
 * activation is the output activation (sigmoid or softmax). Hidden layers share one activation.
 */
import { isActivationName } from '../math/activations';
import { isLossName } from '../math/losses';
import { type DType, type Floats, type Matrix, zeros } from '../math/matrix';
import { EngineError, type EngineErrorCode, type ErrorParams } from '../engine-error';
import { validateConfig } from './config';
import type { NetworkConfig, OutputActivation, Parameters } from './types';

export const MODEL_FORMAT = 'neural-notebook/model@1';

export interface ModelLayer {
  W: number[][];
  b: number[];
  activation: string;
}

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  layers: ModelLayer[];
  loss: string;
}

/** A model file that cannot be read; `code` is e.g. 'model-format', 'model-ragged'. */
export class ModelFileError extends EngineError {
  constructor(message: string, code: EngineErrorCode, params: ErrorParams = {}) {
    super(`model file: ${message}`, code, params);
    this.name = 'ModelFileError';
  }
}

/**
 * The shortest decimal that reads back as the same float32: 6 to 9 significant digits
 * (9 always suffices). JSON.stringify of a float32 widened to a double would print up to 17
 * digits (0.1f is 0.10000000149011612), doubling a 100,000-weight file for nothing.
 */
export function shortestFloat32(x: number): number {
  for (let digits = 6; digits < 9; digits++) {
    const short = Number(x.toPrecision(digits));
    if (Math.fround(short) === x) return short;
  }
  return Number(x.toPrecision(9));
}

/** Plain numbers for JSON: float32 data in its shortest exact form, float64 data as is. */
function plainNumbers(data: Floats): number[] {
  return data instanceof Float32Array ? Array.from(data, shortestFloat32) : Array.from(data);
}

/**
 * A JSON-ready object (JSON.stringify it to save). Float32 parameters are written in the fewest
 * digits that read back bit for bit, so a saved model predicts exactly as the trained one.
 * Allocates plain arrays.
 */
export function toModelFile(config: NetworkConfig, params: Parameters): ModelFile {
  const L = params.W.length;
  return {
    format: MODEL_FORMAT,
    layers: params.W.map((W, i) => ({
      W: Array.from({ length: W.rows }, (_, r) =>
        plainNumbers(W.data.subarray(r * W.cols, (r + 1) * W.cols)),
      ),
      b: plainNumbers(params.b[i]!.data),
      activation: i === L - 1 ? config.outputActivation : config.hiddenActivation,
    })),
    loss: config.loss,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ModelFileError(
      `${where} must be a finite number, got ${JSON.stringify(value)}`,
      'model-not-number',
      { where, value: String(JSON.stringify(value)) },
    );
  }
  return value;
}

/** Reads and validates a parsed model file (JSON.parse's result). Allocates the parameters. */
export function fromModelFile(
  json: unknown,
  dtype: DType = 'float32',
): { config: NetworkConfig; params: Parameters } {
  if (!isRecord(json)) throw new ModelFileError('expected a JSON object', 'model-not-object');
  if (json.format !== MODEL_FORMAT) {
    throw new ModelFileError(
      `"format" must be "${MODEL_FORMAT}", got ${JSON.stringify(json.format)}`,
      'model-format',
      { expected: MODEL_FORMAT, value: String(JSON.stringify(json.format)) },
    );
  }
  const loss = json.loss ?? 'cross-entropy';
  if (!isLossName(loss)) {
    throw new ModelFileError(
      `"loss" must be "cross-entropy" or "squared-error", got ${JSON.stringify(loss)}`,
      'model-loss',
      { value: String(JSON.stringify(loss)) },
    );
  }
  const layers = json.layers;
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new ModelFileError(
      '"layers" must be a non-empty list of {W, b, activation}',
      'model-no-layers',
    );
  }
  const W: Matrix[] = [];
  const b: Matrix[] = [];
  const sizes: number[] = [];
  let hidden: string | undefined;
  let output: OutputActivation = 'sigmoid';
  layers.forEach((layer: unknown, i) => {
    const l = i + 1;
    if (!isRecord(layer))
      throw new ModelFileError(
        `layer ${l} must be an object with W, b and activation`,
        'model-layer-not-object',
        { layer: l },
      );
    const rows = layer.W;
    if (!Array.isArray(rows) || rows.length === 0 || !Array.isArray(rows[0])) {
      throw new ModelFileError(
        `W[${l}] must be a list of rows (n[${l}] rows of n[${l - 1}] numbers)`,
        'model-W-not-rows',
        { layer: l },
      );
    }
    const n = rows.length;
    const nPrev = (rows[0] as unknown[]).length;
    const Wl = zeros(n, nPrev, dtype);
    rows.forEach((row: unknown, r) => {
      if (!Array.isArray(row) || row.length !== nPrev) {
        throw new ModelFileError(
          `W[${l}] is ragged: row ${r} has ${Array.isArray(row) ? row.length : 'no'} numbers but row 0 has ${nPrev}`,
          'model-ragged',
          { layer: l, row: r, count: Array.isArray(row) ? row.length : 0, first: nPrev },
        );
      }
      row.forEach(
        (v: unknown, c) => (Wl.data[r * nPrev + c] = finiteNumber(v, `W[${l}][${r}][${c}]`)),
      );
    });
    if (i === 0) sizes.push(nPrev);
    else if (nPrev !== sizes[i]) {
      throw new ModelFileError(
        `W[${l}] is (${n}, ${nPrev}) but W[${i}] is (${sizes[i]}, ${sizes[i - 1]}): W[l] must be (n[l], n[l-1]), so W[${l}] needs ${sizes[i]} columns`,
        'model-W-shape',
        {
          layer: l,
          shape: `(${n}, ${nPrev})`,
          previous: i,
          previousShape: `(${sizes[i]}, ${sizes[i - 1]})`,
          columns: sizes[i]!,
        },
      );
    }
    sizes.push(n);
    const bias = layer.b;
    if (!Array.isArray(bias) || bias.length !== n) {
      throw new ModelFileError(
        `b[${l}] has ${Array.isArray(bias) ? bias.length : 'no'} numbers but W[${l}] is (${n}, ${nPrev}): b[l] must have n[l] = ${n}`,
        'model-b-size',
        { layer: l, count: Array.isArray(bias) ? bias.length : 0, shape: `(${n}, ${nPrev})`, n },
      );
    }
    const bl = zeros(n, 1, dtype);
    bias.forEach((v: unknown, r) => (bl.data[r] = finiteNumber(v, `b[${l}][${r}]`)));
    W.push(Wl);
    b.push(bl);
    const activation = layer.activation;
    if (l === layers.length) {
      if (activation !== 'sigmoid' && activation !== 'softmax') {
        throw new ModelFileError(
          `the last layer's activation is the output and must be sigmoid or softmax, got ${JSON.stringify(activation)}`,
          'model-output-activation',
          { value: String(JSON.stringify(activation)) },
        );
      }
      output = activation;
    } else {
      if (!isActivationName(activation)) {
        throw new ModelFileError(
          `layer ${l}'s activation must be sigmoid, tanh, relu, leaky-relu or linear, got ${JSON.stringify(activation)}`,
          'model-hidden-activation',
          { layer: l, value: String(JSON.stringify(activation)) },
        );
      }
      if (hidden !== undefined && activation !== hidden) {
        throw new ModelFileError(
          `every hidden layer must use the same activation: layer 1 uses ${hidden}, layer ${l} uses ${activation}`,
          'model-mixed-activations',
          { first: hidden, layer: l, value: activation },
        );
      }
      hidden = activation;
    }
  });
  const config: NetworkConfig = {
    layerSizes: sizes,
    hiddenActivation: isActivationName(hidden) ? hidden : 'tanh',
    outputActivation: output,
    loss,
  };
  try {
    validateConfig(config);
  } catch (error) {
    // The engine's own rule, under the model file's name; its code says which rule.
    const engine = error instanceof EngineError ? error : null;
    throw new ModelFileError((error as Error).message, engine?.code ?? 'model-config', {
      ...engine?.params,
    });
  }
  return { config, params: { W, b } };
}
