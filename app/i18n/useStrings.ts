import { usePreferences } from '../stores/preferences.ts';
import type { Locale, Localized } from './locale.ts';

/** The interface language: the one preference the language switch writes and storage keeps. */
export function useLocale(): Locale {
  return usePreferences((state) => state.locale);
}

/**
 * A table's strings in the current language. The shell (shell-strings.ts) and every widget
 * (its strings.ts, beside its code) keep their strings in `Localized` tables of this one form.
 */
export function useStrings<T>(table: Localized<T>): T {
  return table[useLocale()];
}
