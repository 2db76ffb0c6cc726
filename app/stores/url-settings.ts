/**
 * A widget's settings live in the URL's query, through a typed schema: any link
 * reproduces the view. A field that is missing takes its default; a field that is
 * malformed or out of range falls back to its default and is reported, so the page
 * can say which part of a shared link it could not use.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LINK_VERSION, lockedNames, VERSION_PARAM } from './link-contract.ts';
import { useRegisterLinkFields } from './link-fields.ts';

/** Plain decimal notation only: no hex, no blanks, no "Infinity". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type FieldSpec =
  | { kind: 'number'; default: number; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; default: string; values: readonly string[] };

export type Schema = Record<string, FieldSpec>;

export type Values<S extends Schema> = {
  [K in keyof S]: S[K] extends { kind: 'number' } ? number : string;
};

export interface Parsed<S extends Schema> {
  values: Values<S>;
  /** Names of the fields whose URL value could not be used. */
  invalid: string[];
}

/** Reads settings from a query string; `prefix` keeps two widgets' fields apart. */
export function parseSettings<S extends Schema>(
  schema: S,
  params: URLSearchParams,
  prefix = '',
): Parsed<S> {
  const values: Record<string, number | string> = {};
  const invalid: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = params.get(prefix + name);
    values[name] = spec.default;
    if (raw === null) continue;
    if (spec.kind === 'number') {
      const value = DECIMAL.test(raw) ? Number(raw) : NaN;
      const ok =
        Number.isFinite(value) &&
        value >= spec.min &&
        value <= spec.max &&
        (!spec.integer || Number.isInteger(value));
      if (ok) values[name] = value;
      else invalid.push(prefix + name);
    } else if (spec.values.includes(raw)) {
      values[name] = raw;
    } else {
      invalid.push(prefix + name);
    }
  }
  return { values: values as Values<S>, invalid };
}

/** A value as the URL keeps it: numbers to six significant digits, which keeps links short. */
function asWritten(value: unknown): unknown {
  return typeof value === 'number' ? Number(value.toPrecision(6)) : value;
}

/**
 * Writes changed settings into a copy of the query; defaults are left out to keep links short.
 * The link then says which version of the settings it holds (`v`), so it can be read later.
 */
export function writeSettings<S extends Schema>(
  schema: S,
  params: URLSearchParams,
  changes: Partial<Values<S>>,
  prefix = '',
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    const spec = schema[name];
    if (!spec || value === undefined) continue;
    if (value === spec.default) next.delete(prefix + name);
    else next.set(prefix + name, String(asWritten(value)));
  }
  next.set(VERSION_PARAM, String(LINK_VERSION));
  return next;
}

/** Drops the changes to fields an instructor's link locks: they cannot change from the page. */
export function withoutLocked<S extends Schema>(
  changes: Partial<Values<S>>,
  locked: ReadonlySet<string>,
  prefix = '',
): Partial<Values<S>> {
  return Object.fromEntries(
    Object.entries(changes).filter(([name]) => !locked.has(prefix + name)),
  ) as Partial<Values<S>>;
}

/** Quiet time before settings go into the URL: browsers throttle history updates made on every drag frame. */
const URL_WRITE_DELAY_MS = 200;

/**
 * The settings of one widget, read from and written to the URL (replacing, not pushing,
 * history). Changes show at once and reach the URL after a short quiet time.
 *
 * Returns the values, `update`, the URL names that could not be used, and `isLocked(field)`:
 * a field that the link's `lock` names keeps the link's value, `update` ignores changes to
 * it, and the widget shows its control disabled (lockedControl, LockBadge).
 */
export function useUrlSettings<S extends Schema>(schema: S, prefix = '') {
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<Partial<Values<S>>>({});
  const parsed = useMemo(() => parseSettings(schema, params, prefix), [schema, params, prefix]);
  const values = useMemo(
    () => ({ ...parsed.values, ...pending }) as Values<S>,
    [parsed.values, pending],
  );

  // The first change goes into the address at once (a reload right after it keeps it);
  // changes that follow within the quiet time are gathered and written at its end, since
  // browsers throttle history updates made on every drag frame.
  const lastWrite = useRef(0);
  useEffect(() => {
    if (Object.keys(pending).length === 0) return;
    const write = () => {
      lastWrite.current = performance.now();
      // From the address as it is now (not as the last render saw it), so another
      // widget's write, or this widget's previous one, is never undone.
      const current = new URLSearchParams(window.location.search);
      setParams(writeSettings(schema, current, pending, prefix), {
        replace: true,
        preventScrollReset: true,
      });
    };
    const wait = lastWrite.current + URL_WRITE_DELAY_MS - performance.now();
    if (wait <= 0) {
      write();
      return;
    }
    const timer = window.setTimeout(write, wait);
    return () => window.clearTimeout(timer);
  }, [pending, schema, setParams, prefix]);

  // A change stays pending until the URL shows it, so the value never flickers back.
  useEffect(() => {
    setPending((current) => {
      const waiting = Object.entries(current).filter(
        ([name, value]) => (parsed.values as Record<string, unknown>)[name] !== asWritten(value),
      );
      return waiting.length === Object.keys(current).length
        ? current
        : (Object.fromEntries(waiting) as Partial<Values<S>>);
    });
  }, [parsed]);

  const lockParam = lockedNames(params).join(',');
  const locked = useMemo(() => new Set(lockParam === '' ? [] : lockParam.split(',')), [lockParam]);
  const isLocked = useCallback(
    (field: keyof S & string) => locked.has(prefix + field),
    [locked, prefix],
  );
  const update = useCallback(
    (changes: Partial<Values<S>>) => {
      const allowed = withoutLocked(changes, locked, prefix);
      if (Object.keys(allowed).length > 0) setPending((current) => ({ ...current, ...allowed }));
    },
    [locked, prefix],
  );

  const names = useMemo(() => Object.keys(schema).map((name) => prefix + name), [schema, prefix]);
  useRegisterLinkFields(names, parsed.invalid);
  return [values, update, parsed.invalid, isLocked] as const;
}
