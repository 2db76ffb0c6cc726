import { useCallback, useEffect, useState } from 'react';
import type { SessionId, SessionSetup } from '../../src/worker/protocol.ts';
import { engine } from './engine.ts';
import { useStableValue } from './useStableValue.ts';

export interface TrainingSessionEntry {
  id: SessionId;
  /** null: not set up yet (lesson 20 waits for the first Train, lesson 10 for a valid task). */
  setup: SessionSetup | null;
}

export interface TrainingSessionOptions {
  /**
   * True (the default): a new learning rate is sent to the running session. False: it is
   * part of the setup, so a new one configures afresh (a sweep compares runs from the start).
   */
  liveLearningRate?: boolean;
}

export interface TrainingSessionHandle {
  /** Configures again, e.g. after the data failed to load (a failed session always re-runs). */
  retry(): void;
}

/**
 * The one lifecycle of every training session a widget owns:
 *
 * - mounting retains the session (cancelling a pending release) and configures it with
 *   `keepIfSame`: a session that already holds the same data and options (a language switch
 *   remounts the lesson; a student comes back within the grace) keeps its training;
 * - a new setup (data or training options other than the learning rate) configures it afresh;
 *   a new learning rate alone is sent as it is, without starting over;
 * - unmounting releases it: the worker disposes of it RELEASE_GRACE_MS later (which also
 *   stops its training) unless a widget retains it again.
 *
 * Running, pausing and stepping stay with the controls (engine.run, engine.pause, ...).
 */
export function useTrainingSession(
  id: SessionId,
  setup: SessionSetup | null,
  options: TrainingSessionOptions = {},
): TrainingSessionHandle {
  return useTrainingSessions([{ id, setup }], options);
}

/** `useTrainingSession` for several sessions at once (compared runs, sweeps). */
export function useTrainingSessions(
  entries: readonly TrainingSessionEntry[],
  { liveLearningRate = true }: TrainingSessionOptions = {},
): TrainingSessionHandle {
  const ids = useStableValue(entries.map((entry) => entry.id));
  const setups = useStableValue(entries, liveLearningRate ? sameSetups : sameSetupsAndRates);
  const rates = useStableValue(entries.map((entry) => entry.setup?.options.learningRate ?? null));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    for (const id of ids) engine.retain(id);
    return () => {
      for (const id of ids) engine.release(id);
    };
  }, [ids]);

  useEffect(() => {
    for (const { id, setup } of setups)
      if (setup) engine.configure(id, setup, { keepIfSame: true });
  }, [setups, attempt]);

  useEffect(() => {
    if (!liveLearningRate) return;
    ids.forEach((id, i) => {
      const rate = rates[i];
      const current = engine.learningRateOf(id);
      if (rate != null && current !== undefined && current !== rate)
        engine.setLearningRate(id, rate);
    });
  }, [ids, rates, liveLearningRate]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { retry };
}

type Entries = readonly TrainingSessionEntry[];

/** Same sessions, data and options but for the learning rate (and the starting parameters). */
const sameSetups = (a: Entries, b: Entries) => sameEntries(a, b, false);
/** Same sessions, data and options (the starting parameters may differ). */
const sameSetupsAndRates = (a: Entries, b: Entries) => sameEntries(a, b, true);

function sameEntries(a: Entries, b: Entries, withRate: boolean): boolean {
  const meaning = (setup: SessionSetup) =>
    JSON.stringify([setup.data, withRate ? setup.options : { ...setup.options, learningRate: 0 }]);
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i]!;
      if (entry.id !== other.id) return false;
      if (!entry.setup || !other.setup) return entry.setup === other.setup;
      return meaning(entry.setup) === meaning(other.setup);
    })
  );
}
