/**
 * Local storage that never throws: unreadable, unparsable or invalid entries are removed
 * and reported as reset, so the caller can say so and carry on with defaults; writes
 * that the browser refuses (quota, privacy mode) are dropped.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function safeLocalStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readStored<T>(
  storage: StorageLike | undefined,
  key: string,
  parse: (value: unknown) => T | null,
): { value: T | null; reset: boolean } {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { value: null, reset: true };
  }
  if (raw === null) return { value: null, reset: false };
  try {
    const value = parse(JSON.parse(raw));
    if (value !== null) return { value, reset: false };
  } catch {
    // unparsable JSON: reset below
  }
  try {
    storage?.removeItem(key);
  } catch {
    // storage refuses writes; the defaults still apply
  }
  return { value: null, reset: true };
}

export function writeStored(storage: StorageLike | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // quota or privacy mode: the value simply does not persist
  }
}
