/**
 * The app's engine: one module worker shared by every lesson, and the one place that
 * creates it. Widgets reach it through the hooks in this folder.
 */
import { EngineClient, type WorkerLike } from './client.ts';
import { trainingStore } from './training-store.ts';

/** Once per frame while the page is visible; a hidden page catches up twice a second. */
function nextFrame(flush: () => void): void {
  if (typeof document !== 'undefined' && document.visibilityState === 'visible') {
    requestAnimationFrame(flush);
  } else {
    setTimeout(flush, 500);
  }
}

export const engine = new EngineClient(
  () =>
    new Worker(new URL('../../src/worker/training.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training',
    }) as unknown as WorkerLike,
  trainingStore,
  nextFrame,
);
