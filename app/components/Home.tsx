import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../i18n/useStrings.ts';
import { lessonPath, lessons, lessonsInPart, PARTS } from '../lessons/registry.ts';

/** The front page: what the notebook is and every lesson with its one-line summary. */
export function Home() {
  const { t } = useTranslation();
  const locale = useLocale();
  const first = lessons[0];

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  return (
    <section className="home">
      <h1>{t('appName')}</h1>
      <p className="home__tagline">{t('tagline')}</p>
      {first && (
        <p>
          <Link className="button button--primary" to={lessonPath(first)}>
            {t('startHere')} {first.meta.number}: {first.meta.title[locale]} →
          </Link>
        </p>
      )}
      {PARTS.map((part) => {
        const inPart = lessonsInPart(part);
        if (inPart.length === 0) return null;
        return (
          <section key={part} className="home__part">
            <h2>{t(`part_${part}`)}</h2>
            <ul className="card-list">
              {inPart.map((lesson) => (
                <li key={lesson.id} className="card">
                  <Link to={lessonPath(lesson)}>
                    <span className="card__number">{lesson.meta.number}</span>{' '}
                    <strong>{lesson.meta.title[locale]}</strong>
                  </Link>
                  <p>{lesson.meta.summary[locale]}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
