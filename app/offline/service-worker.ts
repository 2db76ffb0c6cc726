/**
 * Registers the service worker (production builds only: the dev server has no sw.js)
 * and tells the page when a new version is waiting. The update is offered, never forced:
 * it takes over only when the student presses Reload.
 */
import { create } from 'zustand';

interface UpdateState {
  /** A new version is installed and waiting for the page's go-ahead. */
  waiting: ServiceWorker | null;
  /** The notebook and MNIST are stored on this device. */
  offlineReady: boolean;
}

export const useOfflineStatus = create<UpdateState>()(() => ({
  waiting: null,
  offlineReady: false,
}));

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // Some automation blocks service workers by resolving with nothing: stay online-only.
        if (!registration) return;
        const offer = (worker: ServiceWorker | null) => {
          // Only an update waits behind a controlling worker; the first install just activates.
          if (worker && navigator.serviceWorker.controller)
            useOfflineStatus.setState({ waiting: worker });
        };
        offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing);
          });
        });
        // Once running, the worker stores MNIST in the background (activation never waits for it).
        void navigator.serviceWorker.ready.then((ready) => {
          ready.active?.postMessage('cache-data');
          useOfflineStatus.setState({ offlineReady: true });
        });
      },
      () => {
        // No service worker (private mode, unsupported): the notebook still works online.
      },
    );
  });
}

/** Lets the waiting version take over, then reloads into it. */
export function applyUpdate(): void {
  const { waiting } = useOfflineStatus.getState();
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage('skip-waiting');
}
