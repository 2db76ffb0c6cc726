import { NavLink } from 'react-router';
import { useLocale, useStrings } from '../i18n/useStrings.ts';
import { lessonPath, lessonsInPart, PARTS } from '../lessons/registry.ts';
import { useProgress } from '../stores/progress.ts';
import { shellStrings } from '../i18n/shell-strings.ts';

/** Lessons grouped by the syllabus's parts; a part with no lesson yet is not listed. */
export function TableOfContents() {
  const s = useStrings(shellStrings);
  const locale = useLocale();
  const visited = useProgress((state) => state.visited);
  const answered = useProgress((state) => state.answered);
  return (
    <div className="toc">
      <h2 className="toc__heading">{s.contents}</h2>
      {PARTS.map((part) => {
        const inPart = lessonsInPart(part);
        if (inPart.length === 0) return null;
        return (
          <section key={part} className="toc__part" aria-labelledby={`toc-${part}`}>
            <h3 id={`toc-${part}`} className="toc__part-title">
              {s.parts[part]}
            </h3>
            <ol className="toc__list">
              {inPart.map((lesson) => (
                <li key={lesson.id} value={lesson.meta.number}>
                  <NavLink to={lessonPath(lesson)} data-testid="lesson-link" className="toc__link">
                    <span className="toc__number">{lesson.meta.number}</span>
                    <span className="toc__title">{lesson.meta.title[locale]}</span>
                    <ProgressMark
                      visited={visited.includes(lesson.id)}
                      answered={answered[lesson.id]?.length ?? 0}
                    />
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

function ProgressMark({ visited, answered }: { visited: boolean; answered: number }) {
  const s = useStrings(shellStrings);
  if (!visited) return null;
  const label = answered > 0 ? s.progressAnswered({ count: answered }) : s.progressVisited;
  return (
    <span className="toc__progress" data-testid="lesson-progress" data-answered={answered}>
      <span aria-hidden="true">{answered > 0 ? `✓ ${answered}` : '✓'}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
