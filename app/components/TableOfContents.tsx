import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLocale } from '../i18n/useStrings.ts';
import { lessonPath, lessonsInPart, PARTS } from '../lessons/registry.ts';

/** Lessons grouped by the syllabus's parts; a part with no lesson yet is not listed. */
export function TableOfContents() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="toc">
      <h2 className="toc__heading">{t('contents')}</h2>
      {PARTS.map((part) => {
        const inPart = lessonsInPart(part);
        if (inPart.length === 0) return null;
        return (
          <section key={part} className="toc__part" aria-labelledby={`toc-${part}`}>
            <h3 id={`toc-${part}`} className="toc__part-title">
              {t(`part_${part}`)}
            </h3>
            <ol className="toc__list">
              {inPart.map((lesson) => (
                <li key={lesson.id} value={lesson.meta.number}>
                  <NavLink to={lessonPath(lesson)} data-testid="lesson-link" className="toc__link">
                    <span className="toc__number">{lesson.meta.number}</span>
                    <span>{lesson.meta.title[locale]}</span>
                  </NavLink>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
