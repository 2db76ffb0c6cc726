import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLocale } from '../i18n/useStrings.ts';
import { findLesson, lessonPath, neighbours } from '../lessons/registry.ts';
import { NotFound } from './NotFound.tsx';
import { useArrowKeyNavigation } from './useArrowKeyNavigation.ts';
import { useLessonContent } from './useLessonContent.ts';

export function LessonPage() {
  const { lessonId } = useParams();
  const lesson = findLesson(lessonId);
  const locale = useLocale();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { content, retry } = useLessonContent(lesson, locale);
  const { previous, next } = lesson ? neighbours(lesson.id) : {};
  const heading = useRef<HTMLHeadingElement>(null);

  const goPrevious = useCallback(() => {
    if (previous) void navigate(lessonPath(previous));
  }, [navigate, previous]);
  const goNext = useCallback(() => {
    if (next) void navigate(lessonPath(next));
  }, [navigate, next]);
  useArrowKeyNavigation(previous ? goPrevious : undefined, next ? goNext : undefined);

  useEffect(() => {
    if (lesson)
      document.title = `${lesson.meta.number}. ${lesson.meta.title[locale]} · ${t('appName')}`;
  }, [lesson, locale, t]);

  if (!lesson) return <NotFound />;

  return (
    <article className="lesson" data-lesson={lesson.id}>
      <header className="lesson__header">
        <p className="lesson__kicker">
          {t('lesson')} {lesson.meta.number} · {t(`part_${lesson.meta.part}`)}
        </p>
        <h1 ref={heading}>{lesson.meta.title[locale]}</h1>
        <p className="lesson__summary">{lesson.meta.summary[locale]}</p>
      </header>
      <div className="lesson__body prose">
        {content.status === 'loading' && <p role="status">{t('loadingLesson')}</p>}
        {content.status === 'error' && (
          <div role="alert" className="notice notice--error">
            {t('lessonFailed')} <button onClick={retry}>{t('retry')}</button>
          </div>
        )}
        {content.status === 'ready' && <content.Content />}
      </div>
      <nav className="lesson__pager" aria-label={`${t('previous')} / ${t('next')}`}>
        {previous ? (
          <Link to={lessonPath(previous)} rel="prev" className="pager-link">
            <span className="pager-link__label">← {t('previous')}</span>
            <span>
              {previous.meta.number}. {previous.meta.title[locale]}
            </span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={lessonPath(next)} rel="next" className="pager-link pager-link--next">
            <span className="pager-link__label">{t('next')} →</span>
            <span>
              {next.meta.number}. {next.meta.title[locale]}
            </span>
          </Link>
        )}
      </nav>
      <p className="lesson__hint">{t('keyboardHint')}</p>
    </article>
  );
}
