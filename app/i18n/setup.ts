import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from './locale.ts';
import { uiStrings } from './ui-strings.ts';

/** i18next holds the interface language; `t('key')` reads the shell's strings. */
export function setupI18n(initial: Locale): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ko'],
    resources: {
      en: { translation: uiStrings.en },
      ko: { translation: uiStrings.ko },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
