import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Swept, SweptValue } from './settings.ts';
import { DEFAULT_VALUES, parseValueList, valueListParam } from './value-list.ts';

/** The URL field holding the swept values (a list, which the shared number/enum schema cannot hold). */
export const VALUES_PARAM = 'values';

/**
 * The swept values, kept in the URL as "values=0.01,0.1,0.5". Absent: the hyperparameter's
 * defaults; malformed for this hyperparameter: the defaults, and `invalid` says so.
 */
export function useValueList(swept: Swept) {
  const [params, setParams] = useSearchParams();
  const raw = params.get(VALUES_PARAM);
  const parsed = useMemo(() => (raw === null ? null : parseValueList(swept, raw)), [raw, swept]);
  const values: readonly SweptValue[] = parsed?.ok === true ? parsed.values : DEFAULT_VALUES[swept];
  const invalid = parsed !== null && !parsed.ok;

  /** Writes a list (null: back to the defaults, which keeps the link short). */
  const write = useCallback(
    (list: readonly SweptValue[] | null) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (list === null) next.delete(VALUES_PARAM);
          else next.set(VALUES_PARAM, valueListParam(list));
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );
  return { values, invalid, write };
}
