/**
 * A student's progress, kept on this device: the lessons visited and the
 * predict-then-check questions answered (opened), per lesson. Versioned key;
 * unreadable storage is reset with a notice, never a crash.
 */
import { create } from 'zustand';
import { readStored, safeLocalStorage, writeStored, type StorageLike } from './local-storage.ts';

export const PROGRESS_KEY = 'neural-notebook:progress@1';

export interface Progress {
  /** Lesson ids (folder names) the student has opened. */
  visited: string[];
  /** Per lesson id, which of its questions (by position in the lesson) have been answered. */
  answered: Record<string, number[]>;
}

export interface ProgressState extends Progress {
  storageWasReset: boolean;
  visit(lessonId: string): void;
  /** Records that question `index` (0-based, in page order) of a lesson was answered. */
  answer(lessonId: string, index: number): void;
  reset(): void;
  dismissStorageNotice(): void;
}

export function parseProgress(value: unknown): Progress | null {
  const candidate = value as Partial<Progress> | null;
  if (!candidate || !Array.isArray(candidate.visited) || typeof candidate.answered !== 'object') {
    return null;
  }
  const visited = candidate.visited.filter((id): id is string => typeof id === 'string');
  const answered: Record<string, number[]> = {};
  for (const [id, indices] of Object.entries(candidate.answered ?? {})) {
    if (!Array.isArray(indices)) return null;
    answered[id] = indices.filter((i): i is number => Number.isInteger(i) && i >= 0);
  }
  return { visited, answered };
}

export function createProgressStore(storage: StorageLike | undefined) {
  const initial = readStored(storage, PROGRESS_KEY, parseProgress);
  return create<ProgressState>()((set, get) => {
    const save = () => {
      const { visited, answered } = get();
      writeStored(storage, PROGRESS_KEY, { visited, answered });
    };
    return {
      ...(initial.value ?? { visited: [], answered: {} }),
      storageWasReset: initial.reset,
      visit(lessonId) {
        if (get().visited.includes(lessonId)) return;
        set({ visited: [...get().visited, lessonId] });
        save();
      },
      answer(lessonId, index) {
        const before = get().answered[lessonId] ?? [];
        if (before.includes(index)) return;
        set({
          answered: { ...get().answered, [lessonId]: [...before, index].sort((a, b) => a - b) },
        });
        save();
      },
      reset() {
        set({ visited: [], answered: {} });
        save();
      },
      dismissStorageNotice() {
        set({ storageWasReset: false });
      },
    };
  });
}

export const useProgress = createProgressStore(safeLocalStorage());
