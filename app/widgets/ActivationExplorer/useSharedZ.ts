import { useCallback } from 'react';
import { useUrlSettings, type Schema } from '../../stores/url-settings.ts';
import { clampZ, roundZ, Z_MAX, Z_MIN, Z_PARAM } from './draw-activation.ts';

const zSchema = {
  [Z_PARAM]: { kind: 'number', default: 0, min: Z_MIN, max: Z_MAX },
} satisfies Schema;

/**
 * The z shared by every plot of an explorer, kept in the URL's `?z=` through the typed
 * settings schema (anything malformed or out of range reads as 0), so a copied link
 * opens the lesson at the same z and other widgets' settings on the page are kept.
 * The third value says whether an instructor's link locks z.
 */
export function useSharedZ(): readonly [number, (z: number) => void, boolean] {
  const [values, update, , isLocked] = useUrlSettings(zSchema);
  const setZ = useCallback((next: number) => update({ [Z_PARAM]: roundZ(clampZ(next)) }), [update]);
  return [values[Z_PARAM], setZ, isLocked(Z_PARAM)] as const;
}
