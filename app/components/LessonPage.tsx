import { useCallback, useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLocale, useStrings } from '../i18n/useStrings.ts';
import { findLesson, lessonPath, neighbours } from '../lessons/registry.ts';
import { useProgress } from '../stores/progress.ts';
import { LinkCheck } from './LinkCheck.tsx';
import { NotFound } from './NotFound.tsx';
import { markIfOverflowing } from './overflow-focus.ts';
import { PresentationMode } from './presentation/PresentationMode.tsx';
import { usePresentation } from './presentation/usePresentation.ts';
import { ExportPanel } from './export/ExportPanel.tsx';
import { ShareButton } from './ShareButton.tsx';
import { useArrowKeyNavigation } from './useArrowKeyNavigation.ts';
import { useLessonContent } from './useLessonContent.ts';
import { shellStrings } from '../i18n/shell-strings.ts';

export function LessonPage() {
  const { lessonId } = useParams();
  const lesson = findLesson(lessonId);
  const locale = useLocale();
  const s = useStrings(shellStrings);
  const navigate = useNavigate();
  const { content, retry } = useLessonContent(lesson, locale);
  const { previous, next } = lesson ? neighbours(lesson.id) : {};
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const visit = useProgress((state) => state.visit);
  const answer = useProgress((state) => state.answer);

  useEffect(() => {
    if (lesson) visit(lesson.id);
  }, [lesson, visit]);

  // A display equation of the prose wider than the screen scrolls; keyboard users must
  // reach it too, so exactly the equations that overflow become focusable (and named).
  // Widgets' own equations (the Equation component) look after themselves.
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    let timer = 0;
    const mark = () => {
      timer = 0;
      for (const equation of Array.from(element.querySelectorAll<HTMLElement>('.katex-display'))) {
        if (!equation.closest('.equation')) markIfOverflowing(equation, s.wideEquation);
      }
    };
    const later = () => {
      if (!timer) timer = window.setTimeout(mark, 300);
    };
    mark();
    // KaTeX's fonts arriving can widen an equation past its box without resizing the page.
    void document.fonts?.ready.then(later);
    const resize = new ResizeObserver(later);
    resize.observe(element);
    const mutations = new MutationObserver(later);
    mutations.observe(element, { childList: true, subtree: true });
    return () => {
      resize.disconnect();
      mutations.disconnect();
      window.clearTimeout(timer);
    };
  }, [content.status, s]);

  // A predict-then-check question is a <details> of the prose: opening it answers it.
  useEffect(() => {
    const element = body.current;
    if (!element || !lesson) return;
    const onToggle = (event: Event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      if (details.parentElement !== element) return;
      const questions = Array.from(element.children).filter((child) => child.tagName === 'DETAILS');
      answer(lesson.id, questions.indexOf(details));
    };
    element.addEventListener('toggle', onToggle, true);
    return () => element.removeEventListener('toggle', onToggle, true);
  }, [lesson, answer]);

  const goPrevious = useCallback(() => {
    if (previous) void navigate(lessonPath(previous));
  }, [navigate, previous]);
  const goNext = useCallback(() => {
    if (next) void navigate(lessonPath(next));
  }, [navigate, next]);
  const { presenting } = usePresentation();
  // While presenting, the arrow keys step through widgets first (PresentationMode).
  useArrowKeyNavigation(
    previous && !presenting ? goPrevious : undefined,
    next && !presenting ? goNext : undefined,
  );
  const presentPrevious = useCallback(() => {
    if (previous) void navigate(`${lessonPath(previous)}?present=1&step=999`);
  }, [navigate, previous]);
  const presentNext = useCallback(() => {
    if (next) void navigate(`${lessonPath(next)}?present=1`);
  }, [navigate, next]);

  useEffect(() => {
    if (lesson)
      document.title = `${lesson.meta.number}. ${lesson.meta.title[locale]} · ${s.appName}`;
  }, [lesson, locale, s]);

  if (!lesson) return <NotFound />;

  return (
    <article className="lesson" data-lesson={lesson.id}>
      <header className="lesson__header">
        <p className="lesson__kicker">
          {s.lesson} {lesson.meta.number} · {s.parts[lesson.meta.part]}
        </p>
        <h1 ref={heading}>{lesson.meta.title[locale]}</h1>
        <p className="lesson__summary">{lesson.meta.summary[locale]}</p>
        <div className="lesson__actions">
          <ShareButton />
          <ExportPanel body={body} filePrefix={lesson.id} />
          <PresentationMode
            body={body}
            contentKey={`${lesson.id}:${locale}:${content.status}`}
            onPreviousLesson={previous ? presentPrevious : undefined}
            onNextLesson={next ? presentNext : undefined}
          />
        </div>
        <LinkCheck ready={content.status === 'ready'} />
      </header>
      <div className="lesson__body prose" ref={body}>
        {content.status === 'loading' && <p role="status">{s.loadingLesson}</p>}
        {content.status === 'error' && (
          <div role="alert" className="notice notice--error">
            {s.lessonFailed} <button onClick={retry}>{s.retry}</button>
          </div>
        )}
        {content.status === 'ready' && <content.Content />}
      </div>
      <nav className="lesson__pager" aria-label={`${s.previous} / ${s.next}`}>
        {previous ? (
          <Link to={lessonPath(previous)} rel="prev" className="pager-link">
            <span className="pager-link__label">← {s.previous}</span>
            <span>
              {previous.meta.number}. {previous.meta.title[locale]}
            </span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={lessonPath(next)} rel="next" className="pager-link pager-link--next">
            <span className="pager-link__label">{s.next} →</span>
            <span>
              {next.meta.number}. {next.meta.title[locale]}
            </span>
          </Link>
        )}
      </nav>
      <p className="lesson__hint">{s.keyboardHint}</p>
    </article>
  );
}
