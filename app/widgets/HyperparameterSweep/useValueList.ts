import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { LINK_VERSION, lockedNames, VERSION_PARAM } from '../../stores/link-contract.ts';
import { useRegisterLinkFields } from '../../stores/link-fields.ts';
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
  // Part of the page's link like any schema field: lockable, and named when an old link's is bad.
  useRegisterLinkFields([VALUES_PARAM], invalid ? [VALUES_PARAM] : []);
  const locked = lockedNames(params).includes(VALUES_PARAM);

  /** Writes a list (null: back to the defaults, which keeps the link short). */
  const write = useCallback(
    (list: readonly SweptValue[] | null) => {
      if (locked) return;
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (list === null) next.delete(VALUES_PARAM);
          else next.set(VALUES_PARAM, valueListParam(list));
          next.set(VERSION_PARAM, String(LINK_VERSION));
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams, locked],
  );
  return { values, invalid, write, locked };
}
