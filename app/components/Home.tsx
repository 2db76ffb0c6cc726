import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLocale, useStrings } from '../i18n/useStrings.ts';
import { lessonPath, lessons, lessonsInPart, PARTS } from '../lessons/registry.ts';
import { useProgress } from '../stores/progress.ts';
import { shellStrings } from '../i18n/shell-strings.ts';

/** The front page: what the notebook is and every lesson with its one-line summary. */
export function Home() {
  const s = useStrings(shellStrings);
  const locale = useLocale();
  const first = lessons[0];
  const visited = useProgress((state) => state.visited);
  const answered = useProgress((state) => state.answered);
  const resetProgress = useProgress((state) => state.reset);
  const visitedCount = lessons.filter((lesson) => visited.includes(lesson.id)).length;
  const answeredCount = Object.values(answered).reduce((sum, list) => sum + list.length, 0);

  useEffect(() => {
    document.title = s.appName;
  }, [s]);

  return (
    <section className="home">
      <h1>{s.appName}</h1>
      <p className="home__tagline">{s.tagline}</p>
      {first && (
        <p>
          <Link className="button button--primary" to={lessonPath(first)}>
            {s.startHere} {first.meta.number}: {first.meta.title[locale]} →
          </Link>
        </p>
      )}
      {visitedCount > 0 && (
        <section className="home__progress" aria-labelledby="progress-title" data-testid="progress">
          <h2 id="progress-title">{s.progressTitle}</h2>
          <p>
            {s.progressSummary({
              visited: visitedCount,
              total: lessons.length,
              answered: answeredCount,
            })}
          </p>
          <button type="button" data-testid="reset-progress" onClick={resetProgress}>
            {s.resetProgress}
          </button>
        </section>
      )}
      {PARTS.map((part) => {
        const inPart = lessonsInPart(part);
        if (inPart.length === 0) return null;
        return (
          <section key={part} className="home__part">
            <h2>{s.parts[part]}</h2>
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
