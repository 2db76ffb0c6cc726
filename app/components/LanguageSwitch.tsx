import { usePreferences } from '../stores/preferences.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** English / 한국어. Switching keeps the page and its widgets' state. */
export function LanguageSwitch() {
  const s = useStrings(shellStrings);
  const locale = usePreferences((state) => state.locale);
  const setLocale = usePreferences((state) => state.setLocale);
  return (
    <div className="segmented" role="group" aria-label={s.language}>
      <button
        type="button"
        lang="en"
        aria-pressed={locale === 'en'}
        data-testid="language-en"
        aria-label="English"
        onClick={() => setLocale('en')}
      >
        <span className="label-long">English</span>
        <span className="label-short" aria-hidden="true">
          EN
        </span>
      </button>
      <button
        type="button"
        lang="ko"
        aria-pressed={locale === 'ko'}
        data-testid="language-ko"
        aria-label="한국어"
        onClick={() => setLocale('ko')}
      >
        <span className="label-long">한국어</span>
        <span className="label-short" aria-hidden="true">
          한
        </span>
      </button>
    </div>
  );
}
