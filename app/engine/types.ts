/**
 * The engine's types that widgets use, re-exported: app/engine/ is the only place in app/
 * that imports src/worker/ (an ESLint rule says so), so the worker's layout can change
 * without touching a widget.
 */
export type {
  DataSource,
  GridBounds,
  GridSpec,
  Metrics,
  SessionId,
  SessionSetup,
  TrainingStatus,
  WorkerEvent,
  WorkerRequest,
} from '../../src/worker/protocol.ts';
export type {
  ComputeInput,
  ComputeName,
  ComputeOutput,
} from '../../src/worker/computations/index.ts';
export type {
  BackpropSnapshot,
  MatrixSummary,
  SnapshotName,
} from '../../src/worker/computations/backprop-snapshot.ts';
export type { CostCurve1dOutput, LossCurve } from '../../src/worker/computations/cost-curve-1d.ts';
export type {
  DigitMistake,
  DigitMistakesOutput,
} from '../../src/worker/computations/digit-mistakes.ts';
export type {
  GradientCheckOutput,
  GradientVerdict,
} from '../../src/worker/computations/gradient-check.ts';
export type { InkCostSurfaceOutput } from '../../src/worker/computations/ink-cost-surface.ts';
export type {
  InkDescentOutput,
  InkPresetsOutput,
} from '../../src/worker/computations/ink-descent.ts';
export type {
  EditResult,
  LayerShapesOutput,
  Shape,
} from '../../src/worker/computations/layer-shapes.ts';
export type { LinearCollapseOutput } from '../../src/worker/computations/linear-collapse.ts';
export type { MnistExamplesOutput } from '../../src/worker/computations/mnist-examples.ts';
export type { MnistMistakesOutput } from '../../src/worker/computations/mnist-mistakes.ts';
export type { TwoLayerForwardOutput } from '../../src/worker/computations/two-layer-forward.ts';
export type { RaceRow } from '../../src/worker/computations/vectorisation-race.ts';
