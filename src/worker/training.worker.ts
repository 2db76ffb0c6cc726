/**
 * The training worker's entry: it only decodes messages and dispatches them to the
 * plain handlers in handlers.ts. Created by app/engine/engine.ts alone.
 */
/// <reference lib="webworker" />
import { fetchMnist } from '../data/mnist-fetch.ts';
import { createContext, handleRequest } from './handlers.ts';
import type { WorkerEvent, WorkerRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const context = createContext(
  (event: WorkerEvent, transfer?: Transferable[]) => self.postMessage(event, transfer ?? []),
  (callback, delayMs) => setTimeout(callback, delayMs ?? 0),
  () => performance.now(),
  // The app serves the IDX files at /mnist/ beside index.html.
  (onProgress) => fetchMnist(new URL('/mnist/', self.location.origin).href, onProgress),
);

self.onmessage = (message: MessageEvent<WorkerRequest>) => handleRequest(context, message.data);
self.postMessage({ type: 'ready' } satisfies WorkerEvent);
