/**
 * The requests the worker answers, typed end to end: each answered request kind has its
 * reply type in `Reply`, so `ask` returns exactly what the worker sends back and no call
 * site casts. Requests are numbered here; the answering event carries the number back.
 */
import { errorFromMessage } from '../../src/engine-error.ts';
import type { Matrix } from '../../src/math/matrix.ts';
import type {
  ComputeInput,
  ComputeName,
  ComputeOutput,
} from '../../src/worker/computations/index.ts';
import type { SessionId, WorkerEvent, WorkerRequest } from '../../src/worker/protocol.ts';

/** A request that awaits an answer, before it is numbered. */
export interface ComputeQuestion<N extends ComputeName> {
  type: 'compute';
  session: SessionId | null;
  name: N;
  input: ComputeInput<N>;
}

export type Question =
  | ComputeQuestion<ComputeName>
  | { type: 'predict'; session: SessionId; X: Matrix }
  | { type: 'export-model'; session: SessionId };

/** The table from each answered request to its reply (a computation's reply depends on its name). */
export type Reply<Q extends Question> = Q extends {
  type: 'compute';
  name: infer N extends ComputeName;
}
  ? ComputeOutput<N>
  : Q extends { type: 'predict' }
    ? Matrix
    : Q extends { type: 'export-model' }
      ? unknown
      : never;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class Transport {
  private readonly pending = new Map<number, Pending>();
  private nextRequestId = 1;

  constructor(private readonly send: (request: WorkerRequest) => void) {}

  ask<Q extends Question>(question: Q): Promise<Reply<Q>> {
    const requestId = this.nextRequestId++;
    const answer = new Promise<Reply<Q>>((resolve, reject) => {
      // The one place a reply meets its type: `answer` below resolves with the event's payload.
      this.pending.set(requestId, { resolve: resolve as (value: unknown) => void, reject });
    });
    this.send({ ...question, requestId } as WorkerRequest);
    return answer;
  }

  /** Resolves or rejects the request an event answers; false when the event answers none. */
  answer(event: WorkerEvent): boolean {
    switch (event.type) {
      case 'computed':
        return this.settle(event.requestId, (p) => p.resolve(event.output));
      case 'prediction':
        return this.settle(event.requestId, (p) => p.resolve(event.A));
      case 'model':
        return this.settle(event.requestId, (p) => p.resolve(event.model));
      case 'error':
        return (
          event.requestId !== null &&
          this.settle(event.requestId, (p) => p.reject(errorFromMessage(event.error)))
        );
      default:
        return false;
    }
  }

  /** The worker stopped: nothing it was asked will be answered. */
  failAll(reason: string): void {
    for (const { reject } of this.pending.values())
      reject(new Error(`The training worker stopped: ${reason}`));
    this.pending.clear();
  }

  private settle(requestId: number, apply: (pending: Pending) => void): boolean {
    const pending = this.pending.get(requestId);
    if (!pending) return false;
    this.pending.delete(requestId);
    apply(pending);
    return true;
  }
}
