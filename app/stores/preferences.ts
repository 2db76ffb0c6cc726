/**
 * Preferences that outlive a visit (theme, language), kept in local storage under a
 * versioned key. Storage that cannot be read or parsed is reset, and the shell shows
 * a notice: a broken entry never crashes the page.
 */
import { create } from 'zustand';
import { isLocale, localeFromNavigator, type Locale } from '../i18n/locale.ts';
import { readStored, safeLocalStorage, writeStored, type StorageLike } from './local-storage.ts';

export type Theme = 'light' | 'dark';
export const PREFERENCES_KEY = 'neural-notebook:preferences@1';

interface Stored {
  theme: Theme;
  locale: Locale;
}

export interface PreferencesState extends Stored {
  /** True when stored preferences were unreadable and have been reset. */
  storageWasReset: boolean;
  setTheme(theme: Theme): void;
  setLocale(locale: Locale): void;
  dismissStorageNotice(): void;
}

function defaults(): Stored {
  const prefersDark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const languages =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return { theme: prefersDark ? 'dark' : 'light', locale: localeFromNavigator(languages) };
}

function parsePreferences(value: unknown): Stored | null {
  const candidate = value as Partial<Stored> | null;
  if (
    candidate &&
    (candidate.theme === 'light' || candidate.theme === 'dark') &&
    isLocale(candidate.locale)
  ) {
    return { theme: candidate.theme, locale: candidate.locale };
  }
  return null;
}

export function readPreferences(storage: StorageLike | undefined): {
  value: Stored;
  reset: boolean;
} {
  const { value, reset } = readStored(storage, PREFERENCES_KEY, parsePreferences);
  return { value: value ?? defaults(), reset };
}

const storage = safeLocalStorage();
const initial = readPreferences(storage);

export const usePreferences = create<PreferencesState>()((set, get) => ({
  ...initial.value,
  storageWasReset: initial.reset,
  setTheme(theme) {
    set({ theme });
    writeStored(storage, PREFERENCES_KEY, { theme, locale: get().locale });
  },
  setLocale(locale) {
    set({ locale });
    writeStored(storage, PREFERENCES_KEY, { theme: get().theme, locale });
  },
  dismissStorageNotice() {
    set({ storageWasReset: false });
  },
}));
