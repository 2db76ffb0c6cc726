import type { Localized } from '../i18n/locale.ts';

export type Part = 'logistic' | 'shallow' | 'deep' | 'digits';
export interface LessonMeta {
  number: number;
  slug: string;
  part: Part;
  title: Localized<string>;
  summary: Localized<string>;
}
