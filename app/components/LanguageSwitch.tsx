import { useTranslation } from 'react-i18next';
import { usePreferences } from '../stores/preferences.ts';

/** English / 한국어. Switching keeps the page and its widgets' state. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = usePreferences((state) => state.locale);
  const setLocale = usePreferences((state) => state.setLocale);
  return (
    <div className="segmented" role="group" aria-label={t('language')}>
      <button
        type="button"
        lang="en"
        aria-pressed={locale === 'en'}
        data-testid="language-en"
        onClick={() => setLocale('en')}
      >
        English
      </button>
      <button
        type="button"
        lang="ko"
        aria-pressed={locale === 'ko'}
        data-testid="language-ko"
        onClick={() => setLocale('ko')}
      >
        한국어
      </button>
    </div>
  );
}
