/**
 * Lesson 4's model, built once per worker: MNIST's training 0s and 1s reduced to one
 * standardised feature (mean ink, data/mnist-ink.ts), the cross-entropy minimum found by
 * Newton's method and the Hessian there. Shared by the ink-* computations.
 */
import { inkFeature, type InkFeature } from '../../data/mnist-ink.ts';
import {
  crossEntropyMinimum,
  OneFeatureModel,
  type Hessian2,
} from '../../train/one-feature-costs.ts';
import type { MnistFiles } from '../session.ts';
import type { ComputeContext } from './context.ts';

export interface InkModel {
  feature: InkFeature;
  model: OneFeatureModel;
  minimum: { w: number; b: number; J: number };
  hessian: Hessian2;
}

const cache = new WeakMap<MnistFiles, InkModel>();

export function buildInkModel(files: MnistFiles): InkModel {
  const feature = inkFeature(files.train.images, files.train.labels);
  const model = new OneFeatureModel(feature.x, feature.y);
  const minimum = crossEntropyMinimum(model);
  return { feature, model, minimum, hessian: model.crossEntropyHessian(minimum.w, minimum.b) };
}

export async function inkModel(context: ComputeContext): Promise<InkModel> {
  const files = await context.mnist();
  let built = cache.get(files);
  if (!built) {
    built = buildInkModel(files);
    cache.set(files, built);
  }
  return built;
}
