import { useTranslation } from 'react-i18next';
import { isLocale, type Locale, type Localized } from './locale.ts';

/** The current interface language, as i18next holds it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : 'en';
}

/**
 * A widget's own strings in the current language. Widgets keep their strings beside
 * their code (strings.ts) so a widget is one folder; i18next holds the language.
 */
export function useStrings<T>(table: Localized<T>): T {
  return table[useLocale()];
}
