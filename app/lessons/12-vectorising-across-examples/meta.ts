import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 12,
  slug: 'vectorising-across-examples',
  part: 'shallow',
  title: { en: 'Vectorising across examples', ko: '여러 예제를 한 번에 벡터화하기' },
  summary: {
    en: 'Z[1] = W[1] X + b[1] for all m examples at once: columns are examples, rows are hidden units, and b is broadcast across the columns.',
    ko: '예제 m개를 한 번에 계산하는 Z[1] = W[1] X + b[1]: 열은 예제, 행은 은닉 유닛이며 b는 모든 열에 브로드캐스팅됩니다.',
  },
};
