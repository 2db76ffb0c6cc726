/**
 * The lessons, found by folder: every app/lessons/<nn-slug>/ with a meta.ts and its
 * en.mdx / ko.mdx is a lesson. Metadata is bundled eagerly (it drives the table of
 * contents); prose and widgets load on demand when a lesson is opened.
 */
import type { MDXContent } from 'mdx/types';
import type { Locale } from '../i18n/locale.ts';
import type { LessonMeta, Part } from './types.ts';

export interface Lesson {
  /** Folder name and route id, e.g. "02-logistic-regression". */
  id: string;
  meta: LessonMeta;
  load(locale: Locale): Promise<MDXContent>;
}

const metaModules = import.meta.glob<{ meta: LessonMeta }>('./*/meta.ts', { eager: true });
const contentModules = import.meta.glob<{ default: MDXContent }>('./*/*.mdx');

function folderOf(path: string): string {
  return path.split('/')[1]!;
}

export const lessons: readonly Lesson[] = Object.entries(metaModules)
  .map(([path, module]): Lesson => {
    const id = folderOf(path);
    return {
      id,
      meta: module.meta,
      async load(locale) {
        const loader = contentModules[`./${id}/${locale}.mdx`] ?? contentModules[`./${id}/en.mdx`];
        if (!loader) throw new Error(`Lesson ${id} has no ${locale}.mdx`);
        return (await loader()).default;
      },
    };
  })
  .sort((a, b) => a.meta.number - b.meta.number);

export const PARTS: readonly Part[] = ['logistic', 'shallow', 'deep', 'digits'];

export function lessonsInPart(part: Part): Lesson[] {
  return lessons.filter((lesson) => lesson.meta.part === part);
}

export function findLesson(id: string | undefined): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

/** The lessons before and after this one in reading order, for previous/next links and arrow keys. */
export function neighbours(id: string): { previous?: Lesson; next?: Lesson } {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  if (index < 0) return {};
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}

export function lessonPath(lesson: Lesson): string {
  return `/lessons/${lesson.id}`;
}
