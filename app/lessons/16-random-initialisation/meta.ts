import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 16,
  slug: 'random-initialisation',
  part: 'shallow',
  title: { en: 'Random initialisation', ko: '무작위 초기화' },
  summary: {
    en: 'Start from zeros and every hidden unit stays a copy of the others; start too large and tanh saturates. Small random weights avoid both.',
    ko: '0에서 시작하면 은닉 유닛이 서로의 복사본으로 남고, 너무 크게 시작하면 tanh가 포화된다. 작은 무작위 가중치가 둘 다 피한다.',
  },
};
