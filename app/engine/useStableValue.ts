import { useRef } from 'react';
import { sameValue } from './same-value.ts';

/**
 * The value as first seen, for as long as what comes later is the same by `same`: a
 * dependency an effect can list that changes only when the value's meaning does.
 */
export function useStableValue<T>(value: T, same: (a: T, b: T) => boolean = sameValue): T {
  const kept = useRef(value);
  if (!same(kept.current, value)) kept.current = value;
  return kept.current;
}
