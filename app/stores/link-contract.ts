/**
 * The parts of a link that belong to the page rather than to one widget: the link's
 * version (`v`) and the instructor's locks (`lock`). Pure functions over a query string.
 */

/**
 * The version of the settings in links. Raise it when a widget's schema changes in a way
 * that old links would read differently (a field renamed, removed, or its range changed),
 * so an old link can say why some of its settings were not used. A link without `v` was
 * made before links had versions; the schemas were then those of version 1.
 */
export const LINK_VERSION = 1;
export const VERSION_PARAM = 'v';
/** Comma-separated URL names of settings the student cannot change, e.g. `lock=lr,hidden`. */
export const LOCK_PARAM = 'lock';
/** Query parameters that are not any widget's setting. */
export const PAGE_PARAMS: readonly string[] = [VERSION_PARAM, LOCK_PARAM, 'present', 'step'];

export interface LinkVersion {
  /** The version the link says it was made by; null when it says nothing usable. */
  version: number | null;
  /** True when the link names a version other than this one (or a malformed one). */
  outdated: boolean;
}

export function linkVersionOf(params: URLSearchParams): LinkVersion {
  const raw = params.get(VERSION_PARAM);
  if (raw === null) return { version: LINK_VERSION, outdated: false };
  const version = /^\d{1,6}$/.test(raw) ? Number(raw) : null;
  return { version, outdated: version !== LINK_VERSION };
}

/** The URL names the link locks, in order, without blanks or repeats. */
export function lockedNames(params: URLSearchParams): string[] {
  const raw = params.get(LOCK_PARAM);
  if (raw === null) return [];
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/** The link to this page with the current version and the given locks (none: no `lock`). */
export function linkWith(href: string, locks: readonly string[] = []): string {
  const url = new URL(href);
  url.searchParams.set(VERSION_PARAM, String(LINK_VERSION));
  if (locks.length > 0) url.searchParams.set(LOCK_PARAM, locks.join(','));
  else url.searchParams.delete(LOCK_PARAM);
  return url.toString();
}

export interface LinkProblems {
  /** Names in `lock` that no setting on the page has. */
  unknownLocks: string[];
  /** For an outdated link: parameters no widget on the page knows (the setting is gone). */
  unknownParams: string[];
}

/** What an outdated or mistyped link asks for that this page does not have. */
export function linkProblems(params: URLSearchParams, known: ReadonlySet<string>): LinkProblems {
  const unknownLocks = lockedNames(params).filter((name) => !known.has(name));
  const unknownParams = linkVersionOf(params).outdated
    ? [...new Set(params.keys())].filter((name) => !known.has(name) && !PAGE_PARAMS.includes(name))
    : [];
  return { unknownLocks, unknownParams };
}
