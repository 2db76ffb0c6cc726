/**
 * Lesson 14: the trained network with linear hidden units, collapsed into one layer.
 * W' = W[2] W[1] and b' = W[2] b[1] + b[2] (src/nn/linear-collapse.ts); then the
 * single-layer model sigma(W' x + b') is run on the session's data beside the network, and
 * the largest difference between their outputs is measured. Both run in float64, so what is
 * left is rounding, not a difference between the models.
 */
import { sigmoid } from '../../math/activations';
import { clone } from '../../math/matrix';
import { forward } from '../../nn/forward';
import { cloneParameters } from '../../nn/initialize';
import { collapseLinearLayers, collapsedLogits } from '../../nn/linear-collapse';
import { layerCount } from '../../nn/types';
import type { ComputeContext } from './context';

export interface LinearCollapseOutput {
  iteration: number;
  m: number;
  /** W' (n[L], n_x), row-major */
  W: number[];
  /** b' (n[L], 1) */
  b: number[];
  /** max over the m examples of |a[L] of the network - sigma(W'x + b')| */
  maxOutputDifference: number;
  /** the same for the logits z[L] */
  maxLogitDifference: number;
  /** how many of the m examples the two models classify differently (at 0.5) */
  disagreements: number;
}

export function linearCollapse(context: ComputeContext, _input: object = {}): LinearCollapseOutput {
  const session = context.session;
  if (!session) throw new Error('linear-collapse needs a training session.');
  const config = session.setup.options.config;
  if (config.hiddenActivation !== 'linear' || config.outputActivation !== 'sigmoid') {
    throw new Error(
      `only a network with linear hidden units and a sigmoid output collapses this way (this one has ${config.hiddenActivation} hidden units)`,
    );
  }
  const L = layerCount(config);
  const params = cloneParameters(session.trainer.params, 'float64');
  const X = clone(session.data.X, 'float64');
  const cache = forward(config, params, X);
  const collapsed = collapseLinearLayers(params);
  const Z = collapsedLogits(collapsed, X);
  let maxOutputDifference = 0;
  let maxLogitDifference = 0;
  let disagreements = 0;
  for (let i = 0; i < Z.data.length; i++) {
    const z = Z.data[i]!;
    const a = sigmoid(z);
    const networkA = cache.A[L]!.data[i]!;
    maxOutputDifference = Math.max(maxOutputDifference, Math.abs(networkA - a));
    maxLogitDifference = Math.max(maxLogitDifference, Math.abs(cache.Z[L]!.data[i]! - z));
    if (networkA > 0.5 !== a > 0.5) disagreements++;
  }
  return {
    iteration: session.trainer.iteration,
    m: X.cols,
    W: Array.from(collapsed.W.data),
    b: Array.from(collapsed.b.data),
    maxOutputDifference,
    maxLogitDifference,
    disagreements,
  };
}
