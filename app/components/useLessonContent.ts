import type { MDXContent } from 'mdx/types';
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../i18n/locale.ts';
import type { Lesson } from '../lessons/registry.ts';

export type LessonContent =
  | { status: 'loading' }
  | { status: 'ready'; Content: MDXContent }
  | { status: 'error'; message: string };

/** Loads a lesson's MDX for the current language on demand, with a retry for failed loads. */
export function useLessonContent(lesson: Lesson | undefined, locale: Locale) {
  const [content, setContent] = useState<LessonContent>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!lesson) return;
    let cancelled = false;
    lesson.load(locale).then(
      (Content) => {
        if (!cancelled) setContent({ status: 'ready', Content });
      },
      (error: unknown) => {
        if (!cancelled) setContent({ status: 'error', message: String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lesson, locale, attempt]);

  const retry = useCallback(() => {
    setContent({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { content, retry };
}
