/**
 * What widgets use from the engine: the hooks, the client for commands (run, pause, step,
 * reset, ...), the training store's readers, the computations' limits and the engine's
 * types. See README.md in this folder.
 */
export { engine } from './engine.ts';
export type { EngineClient, SessionData } from './client.ts';
export { useComputation, type Computation, type ComputationOptions } from './useComputation.ts';
export { useSessionData } from './useSessionData.ts';
export {
  useTrainingSession,
  useTrainingSessions,
  type TrainingSessionEntry,
  type TrainingSessionHandle,
} from './useTrainingSession.ts';
export {
  HISTORY_CAP,
  trainingStore,
  useSession,
  useThrottledSession,
  useTraining,
  type SessionStatus,
  type SessionView,
  type TrainingState,
} from './training-store.ts';
export { BUILDER_LIMITS, RACE_LIMITS, TWO_LAYER_LIMITS } from './limits.ts';
export type * from './types.ts';
