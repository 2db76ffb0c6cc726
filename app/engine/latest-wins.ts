/**
 * "Latest wins" for requests driven by a slider or a drag: per key, one job runs; while it
 * runs, only the newest waiting job is kept and any older one is dropped. A drag of fifty
 * values then costs two or three round trips, never a queue of fifty.
 *
 * Synchronous on purpose: the client calls `settle` from the worker event that answers the
 * running job, and the next job is sent in the same turn.
 */
export interface LatestJob {
  /** Sends the request; the owner calls `settle(key)` when its answer arrives. */
  start(): void;
  /** Called instead of `start` when a newer job replaced this one while it waited. */
  drop(): void;
}

export class LatestWins {
  private readonly running = new Set<string>();
  private readonly waiting = new Map<string, LatestJob>();

  submit(key: string, job: LatestJob): void {
    if (!this.running.has(key)) {
      this.running.add(key);
      job.start();
      return;
    }
    this.waiting.get(key)?.drop();
    this.waiting.set(key, job);
  }

  /** The key's running job was answered: start the newest waiting one, or go idle. */
  settle(key: string): void {
    const next = this.waiting.get(key);
    this.waiting.delete(key);
    if (next) next.start();
    else this.running.delete(key);
  }

  /** Forgets every key (the worker that would have answered is gone); waiting jobs are dropped. */
  clear(): void {
    for (const job of this.waiting.values()) job.drop();
    this.waiting.clear();
    this.running.clear();
  }
}
