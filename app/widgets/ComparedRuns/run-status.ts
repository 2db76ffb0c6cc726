/**
 * One status for several sessions trained together: the least advanced wins, so the
 * Train button waits for every network to be ready and shows Pause while any one runs.
 */
import type { SessionStatus } from '../../engine/index.ts';

export function combinedStatus(statuses: readonly (SessionStatus | undefined)[]): SessionStatus {
  const all = statuses.map((s) => s ?? 'configuring');
  if (all.length === 0) return 'configuring';
  for (const status of ['failed', 'configuring', 'running'] as const)
    if (all.includes(status)) return status;
  if (all.every((s) => s === 'idle')) return 'idle';
  if (all.every((s) => s === 'done' || s === 'diverged'))
    return all.includes('done') ? 'done' : 'diverged';
  return 'paused';
}
