import { useEffect, useState } from 'react';
import { trainingStore } from '../../stores/training.ts';

/**
 * A counter that bumps when any of the sessions' parameters change, at most once every
 * `intervalMs`: for read-outs that re-render React (tables, KaTeX) while training runs.
 */
export function useThrottledVersion(sessions: readonly string[], intervalMs = 250): number {
  const [tick, setTick] = useState(0);
  const key = sessions.join('|');
  useEffect(() => {
    const ids = key.split('|');
    const versionsOf = () =>
      ids.map((id) => trainingStore.getState().sessions[id]?.version ?? -1).join(',');
    let seen = versionsOf();
    let timer = 0;
    let last = 0;
    const fire = () => {
      timer = 0;
      last = performance.now();
      setTick((t) => t + 1);
    };
    const unsubscribe = trainingStore.subscribe(() => {
      const now = versionsOf();
      if (now === seen) return;
      seen = now;
      if (timer) return;
      timer = window.setTimeout(fire, Math.max(0, intervalMs - (performance.now() - last)));
    });
    return () => {
      unsubscribe();
      if (timer) window.clearTimeout(timer);
    };
  }, [key, intervalMs]);
  return tick;
}
