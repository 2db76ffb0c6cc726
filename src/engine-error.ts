/**
 * Engine errors carry a stable `code` and the numbers in their message (`params`) besides
 * the English `message`, so an interface in another language can say the same thing in its
 * own words (the CLI and the tests keep reading `message`). A CSV refusal also lists its bad
 * lines in `details`, each with its own code.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** What crosses the worker boundary for an error: plain data, structured-clone safe. */
export interface EngineMessage {
  message: string;
  code?: string;
  params?: ErrorParams;
  details?: readonly EngineMessage[];
}

/** An Error with a code; ShapeError, CsvError and ModelFileError are this too. */
export class EngineError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly details: readonly EngineMessage[] | undefined;
  constructor(
    message: string,
    code: string,
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

/** Back to something throwable on the other side of the worker boundary, code kept. */
export function errorFromMessage(message: EngineMessage): Error {
  return message.code === undefined
    ? new Error(message.message)
    : new EngineError(message.message, message.code, message.params, message.details);
}
