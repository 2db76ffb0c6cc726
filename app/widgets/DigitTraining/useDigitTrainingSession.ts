import { useCallback, useEffect, useRef, useState } from 'react';
import { digitModelFromFile, type DigitModelKind } from '../../../src/nn/digit-models.ts';
import {
  DIGIT_RECIPES,
  MNIST_TRAINING_IMAGES,
  recipeSteps,
} from '../../../src/train/digit-recipes.ts';
import {
  engine,
  type SessionSetup,
  useSessionData,
  useThrottledSession,
  useTrainingSession,
} from '../../engine/index.ts';
import { setTrained } from '../../stores/digit-lab.ts';

export function sessionOf(kind: DigitModelKind): string {
  return `lesson-20-${kind}`;
}

/** A worker session on all of MNIST with the recipe the shipped model was trained with. */
function setupOf(kind: DigitModelKind): SessionSetup {
  return { data: { kind: 'mnist', task: { kind: 'all' } }, options: DIGIT_RECIPES[kind].options };
}

/**
 * Training one digit model in the worker, as the shipped file was trained: the session is
 * set up on the first press of Train (MNIST loads then, not on page load), runs the recipe's
 * epochs of mini-batch steps, and when it finishes (or when asked) the weights come back as
 * a model file, become a digit model and are handed to the pad (`onModel`).
 */
export function useDigitTrainingSession(kind: DigitModelKind, onModel: () => void) {
  const session = sessionOf(kind);
  const recipe = DIGIT_RECIPES[kind];
  const view = useThrottledSession(session, 100);
  const [runWhenReady, setRunWhenReady] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exportedAt, setExportedAt] = useState<number | null>(null);
  const report = useRef(onModel);
  report.current = onModel;

  // The session is set up on the first press of Train, not on page load (MNIST loads then).
  const [wanted, setWanted] = useState(false);
  const handle = useTrainingSession(session, wanted ? setupOf(kind) : null);

  // m from the worker once the session holds the data (all 60,000 images).
  const m = useSessionData(session, (data) => data?.labels?.length) || MNIST_TRAINING_IMAGES;
  const totalSteps = recipeSteps(recipe, m);
  const stepsPerEpoch = totalSteps / recipe.epochs;
  const status = view?.status ?? null;
  const iteration = view?.iteration ?? 0;

  const { retry: configureAgain } = handle;
  const configure = useCallback(() => {
    setWanted(true);
    // A session whose data failed to load is configured again.
    if (status === 'failed') configureAgain();
  }, [status, configureAgain]);

  /** Train: set the session up if needed, then run to the end of the recipe. */
  const train = useCallback(() => {
    setExportError(null);
    if (status === null || status === 'failed' || status === 'configuring') {
      setRunWhenReady(true);
      configure();
      return;
    }
    if (status === 'done' || iteration >= totalSteps) engine.reset(session);
    const from = status === 'done' || iteration >= totalSteps ? 0 : iteration;
    engine.run(session, totalSteps - from);
  }, [status, iteration, totalSteps, session, configure]);

  // The first Train waits for MNIST and the session, then runs.
  useEffect(() => {
    if (!runWhenReady || status !== 'idle') return;
    setRunWhenReady(false);
    engine.run(session, totalSteps - iteration);
  }, [runWhenReady, status, session, totalSteps, iteration]);

  /** The session's current weights, as a model file, into the pad. */
  const adoptWeights = useCallback(() => {
    const at = iteration;
    engine.exportModel(session).then(
      (file) => {
        try {
          setTrained(kind, { model: digitModelFromFile(file), file });
          setExportedAt(at);
          report.current();
        } catch (error) {
          setExportError(error instanceof Error ? error.message : String(error));
        }
      },
      (reason: unknown) =>
        setExportError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [session, kind, iteration]);

  // Finished: the trained model goes to the pad by itself.
  useEffect(() => {
    if (status === 'done' && iteration >= totalSteps && exportedAt !== iteration) adoptWeights();
  }, [status, iteration, totalSteps, exportedAt, adoptWeights]);

  const stop = useCallback(() => {
    setRunWhenReady(false);
    engine.pause(session);
    engine.reset(session);
  }, [session]);

  return {
    session,
    view,
    status,
    iteration,
    totalSteps,
    stepsPerEpoch,
    waiting: runWhenReady,
    exportedAt,
    exportError,
    train,
    pause: () => engine.pause(session),
    stop,
    adoptWeights,
    retry: () => {
      setRunWhenReady(true);
      setWanted(true);
      configureAgain();
    },
  };
}
