/**
 * Engine errors carry a stable `code` and the numbers in their message (`params`) besides
 * the English `message`, so an interface in another language can say the same thing in its
 * own words (the CLI and the tests keep reading `message`). A CSV refusal also lists its bad
 * lines in `details`, each with its own code.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * Every code the engine throws with, by where it is thrown. The interface words each one
 * (app/i18n/engine-text.ts is checked to have them all), so a new code fails `tsc` until it
 * has its wording.
 */
export const ENGINE_ERROR_CODES = [
  // CSV (data/csv.ts): the refusal lists its bad lines, each with its own code.
  'csv-bad-lines',
  'csv-empty',
  'csv-header-short',
  'csv-header-numbers',
  'csv-column-count',
  'csv-bad-number',
  'csv-bad-label',
  'csv-no-rows',
  // Network description (nn/config.ts).
  'config-too-few-layers',
  'config-size-not-whole',
  'config-size-over-limit',
  'config-hidden-activation',
  'config-output-activation',
  'config-loss',
  'config-softmax-units',
  // Shapes (math/matrix.ts and its users, nn/config.ts, nn/forward.ts); `shape` is a
  // mismatch inside a kernel, which only its English message describes.
  'shape',
  'shape-parameter-count',
  'shape-W',
  'shape-b',
  'shape-input',
  'shape-input-rows',
  // Lesson 18's builder (worker/computations/layer-shapes.ts).
  'builder-m',
  'builder-layers',
  'builder-parameters',
  'builder-activations',
  'builder-no-layer',
  'builder-edit-rows',
  'builder-edit-columns',
  // Divergence (train/trainer.ts).
  'diverged-cost-grew',
  'diverged-parameters',
  'diverged-nan-at-start',
  // Model files (nn/model-file.ts, nn/digit-models.ts); `model-config` is a description the
  // engine refuses for a reason without a code of its own.
  'model-not-object',
  'model-format',
  'model-loss',
  'model-no-layers',
  'model-layer-not-object',
  'model-W-not-rows',
  'model-ragged',
  'model-W-shape',
  'model-b-size',
  'model-not-number',
  'model-output-activation',
  'model-hidden-activation',
  'model-mixed-activations',
  'model-config',
  'digit-model-inputs',
  'digit-model-outputs',
  'digit-model-one-vs-all-hidden',
  'digit-model-softmax-no-hidden',
  // Data downloads (worker/handlers.ts).
  'mnist-download',
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export function isEngineErrorCode(code: string): code is EngineErrorCode {
  return (ENGINE_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * What crosses the worker boundary for an error: plain data, structured-clone safe. Its code
 * is a plain string there (a worker of another version may send one this build does not know).
 */
export interface EngineMessage {
  message: string;
  code?: string;
  params?: ErrorParams;
  details?: readonly EngineMessage[];
}

/** An Error with a code; ShapeError, CsvError and ModelFileError are this too. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly params: ErrorParams;
  readonly details: readonly EngineMessage[] | undefined;
  constructor(
    message: string,
    code: EngineErrorCode,
    params: ErrorParams = {},
    details?: readonly EngineMessage[],
  ) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.params = params;
    this.details = details;
  }
}

/** The message, code and parameters of anything thrown (a plain Error has no code). */
export function engineMessageOf(error: unknown): EngineMessage {
  if (error instanceof EngineError) {
    return {
      message: error.message,
      code: error.code,
      params: { ...error.params },
      ...(error.details ? { details: error.details.map((d) => ({ ...d })) } : {}),
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * Back to something throwable on the other side of the worker boundary, code kept; a code
 * this build does not know gives a plain Error, whose English message is all it can show.
 */
export function errorFromMessage(message: EngineMessage): Error {
  return message.code === undefined || !isEngineErrorCode(message.code)
    ? new Error(message.message)
    : new EngineError(message.message, message.code, message.params, message.details);
}
