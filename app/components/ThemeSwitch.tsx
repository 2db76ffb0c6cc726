import { useTranslation } from 'react-i18next';
import { usePreferences } from '../stores/preferences.ts';

export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      data-testid="theme-toggle"
      aria-label={next === 'dark' ? t('switchToDark') : t('switchToLight')}
      title={next === 'dark' ? t('switchToDark') : t('switchToLight')}
      onClick={() => setTheme(next)}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
