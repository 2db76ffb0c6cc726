import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { SessionId } from '../../src/worker/protocol.ts';
import type { SessionData } from './session-reducer.ts';
import { engine } from './engine.ts';

export interface SessionDataOptions {
  /**
   * Re-render at most this often while the data keeps changing (and once after the last
   * change): for read-outs that re-render React (tables, KaTeX) while training runs.
   */
  throttleMs?: number;
}

/**
 * A part of a session's big arrays (data, parameters, decision grid), re-rendering when it
 * changes. `select` must read only from the data it is given: its answer is kept until the
 * session's data changes (the client replaces the data object on every change), so it may
 * build a new object without re-rendering in a loop.
 */
export function useSessionData<T>(
  session: SessionId,
  select: (data: SessionData | undefined) => T,
  { throttleMs = 0 }: SessionDataOptions = {},
): T {
  const latestSelect = useRef(select);
  latestSelect.current = select;
  const cache = useRef<{ session: SessionId; data: SessionData | undefined; value: T } | null>(
    null,
  );
  const subscribe = useCallback(
    (listener: () => void) => {
      if (throttleMs <= 0) return engine.subscribeData(session, listener);
      let timer: ReturnType<typeof setTimeout> | null = null;
      let last = 0;
      const fire = () => {
        timer = null;
        last = performance.now();
        listener();
      };
      const unsubscribe = engine.subscribeData(session, () => {
        if (timer === null)
          timer = setTimeout(fire, Math.max(0, throttleMs - (performance.now() - last)));
      });
      return () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
    },
    [session, throttleMs],
  );
  const read = useCallback(() => {
    const data = engine.sessionData(session);
    const kept = cache.current;
    if (kept && kept.session === session && kept.data === data) return kept.value;
    const value = latestSelect.current(data);
    cache.current = { session, data, value };
    return value;
  }, [session]);
  return useSyncExternalStore(subscribe, read, read);
}
