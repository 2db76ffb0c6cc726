import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_KEY } from './progress.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('progress store', () => {
  it('records visits and answers once and persists them', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.getState().visit('02-logistic-regression');
    store.getState().visit('02-logistic-regression');
    store.getState().answer('02-logistic-regression', 1);
    store.getState().answer('02-logistic-regression', 1);
    store.getState().answer('02-logistic-regression', 0);
    expect(store.getState().visited).toEqual(['02-logistic-regression']);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual({
      visited: ['02-logistic-regression'],
      answered: { '02-logistic-regression': [0, 1] },
    });
    const again = createProgressStore(storage);
    expect(again.getState().answered).toEqual({ '02-logistic-regression': [0, 1] });
    again.getState().reset();
    expect(again.getState().visited).toEqual([]);
  });

  it('resets unreadable or malformed storage and says so', () => {
    for (const bad of [
      '{oops',
      '"text"',
      '{"visited": 3, "answered": {}}',
      '{"visited": [], "answered": {"a": 2}}',
    ]) {
      const storage = memoryStorage({ [PROGRESS_KEY]: bad });
      const store = createProgressStore(storage);
      expect(store.getState().storageWasReset).toBe(true);
      expect(store.getState().visited).toEqual([]);
      expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    }
  });

  it('survives storage that throws on every call', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createProgressStore(throwing);
    expect(store.getState().storageWasReset).toBe(true);
    store.getState().visit('x');
    expect(store.getState().visited).toEqual(['x']);
  });
});
