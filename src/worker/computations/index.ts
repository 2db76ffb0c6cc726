/**
 * Every computation the worker offers beside training: one plain function per file,
 * registered here by name. A lesson that needs a new kind of result (a cost surface, a
 * timing race, the test digits a model gets wrong) adds a file and one line below; the
 * request, the event and the client's types follow from this table.
 */
import { accuracyCrossing } from './accuracy-crossing.ts';
import { backpropSnapshot } from './backprop-snapshot.ts';
import type { ComputeContext } from './context.ts';
import { costCurve1d } from './cost-curve-1d.ts';
import { digitMistakes } from './digit-mistakes.ts';
import { inkCostSurface } from './ink-cost-surface.ts';
import { inkDescent, inkPresets } from './ink-descent.ts';
import { runGradientCheck } from './gradient-check.ts';
import { layerShapes } from './layer-shapes.ts';
import { linearCollapse } from './linear-collapse.ts';
import { mnistExamples } from './mnist-examples.ts';
import { mnistMistakes } from './mnist-mistakes.ts';
import { twoLayerForward } from './two-layer-forward.ts';
import { vectorisationRace } from './vectorisation-race.ts';

export const computations = {
  'accuracy-crossing': accuracyCrossing,
  'mnist-examples': mnistExamples,
  'mnist-mistakes': mnistMistakes,
  'digit-mistakes': digitMistakes,
  'vectorisation-race': vectorisationRace,
  'two-layer-forward': twoLayerForward,
  'layer-shapes': layerShapes,
  'backprop-snapshot': backpropSnapshot,
  'gradient-check': runGradientCheck,
  'linear-collapse': linearCollapse,
  'cost-curve-1d': costCurve1d,
  'ink-cost-surface': inkCostSurface,
  'ink-descent': inkDescent,
  'ink-presets': inkPresets,
} satisfies Record<string, (context: ComputeContext, input: never) => unknown>;

export type ComputeName = keyof typeof computations;
export type ComputeInput<N extends ComputeName> = Parameters<(typeof computations)[N]>[1];
export type ComputeOutput<N extends ComputeName> = Awaited<ReturnType<(typeof computations)[N]>>;
