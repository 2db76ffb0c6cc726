/**
 * Test support, imported only by tests (backprop-snapshot, gradient-check, linear-collapse):
 * the course's flower session and a worker compute context around it (no worker needed).
 */
import type { ActivationName } from '../../math/activations';
import type { InitName } from '../../nn/types';
import { createSession, type Session } from '../session';
import type { ComputeContext } from './context';

export function flowerSession(
  hiddenActivation: ActivationName = 'tanh',
  init: InitName = 'random',
  hidden = 4,
): Session {
  return createSession({
    data: { kind: 'toy', name: 'flower', m: 400, seed: 1 },
    options: {
      config: {
        layerSizes: [2, hidden, 1],
        hiddenActivation,
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init,
      initScale: 0.01,
      optimizer: 'gd',
      learningRate: 1.2,
      batchSize: null,
      seed: 1,
    },
  });
}

export function contextOf(session: Session | null): ComputeContext {
  return { session, mnist: () => Promise.reject(new Error('no MNIST in tests')) };
}
