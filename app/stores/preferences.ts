/**
 * Preferences that outlive a visit (theme, language), kept in local storage under a
 * versioned key. Storage that cannot be read or parsed is reset, and the shell shows
 * a notice: a broken entry never crashes the page.
 */
import { create } from 'zustand';
import { isLocale, localeFromNavigator, type Locale } from '../i18n/locale.ts';

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

export function readPreferences(storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined): {
  value: Stored;
  reset: boolean;
} {
  const fallback = defaults();
  let raw: string | null = null;
  try {
    raw = storage?.getItem(PREFERENCES_KEY) ?? null;
  } catch {
    return { value: fallback, reset: true };
  }
  if (raw === null) return { value: fallback, reset: false };
  try {
    const parsed = JSON.parse(raw) as Partial<Stored>;
    if ((parsed.theme === 'light' || parsed.theme === 'dark') && isLocale(parsed.locale)) {
      return { value: { theme: parsed.theme, locale: parsed.locale }, reset: false };
    }
  } catch {
    // fall through: unreadable JSON is reset below
  }
  try {
    storage?.removeItem(PREFERENCES_KEY);
  } catch {
    // storage refuses writes (private mode); defaults still apply
  }
  return { value: fallback, reset: true };
}

function write(value: Stored): void {
  try {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: preferences simply do not persist.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const initial = readPreferences(safeLocalStorage());

export const usePreferences = create<PreferencesState>()((set, get) => ({
  ...initial.value,
  storageWasReset: initial.reset,
  setTheme(theme) {
    set({ theme });
    write({ theme, locale: get().locale });
  },
  setLocale(locale) {
    set({ locale });
    write({ theme: get().theme, locale });
  },
  dismissStorageNotice() {
    set({ storageWasReset: false });
  },
}));
