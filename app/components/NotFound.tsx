import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="lesson">
      <h1>{t('notFound')}</h1>
      <p>
        <Link to="/">{t('backToContents')}</Link>
      </p>
    </section>
  );
}
