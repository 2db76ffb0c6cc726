/** The two languages of the notebook. Equations are shared; prose and interface are not. */
export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** Strings of one widget or panel, in both languages, checked to have the same keys. */
export type Localized<T> = Record<Locale, T>;

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ko';
}

/** First visit: the browser's language decides (Korean for ko-*, English otherwise). */
export function localeFromNavigator(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'ko') return 'ko';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
