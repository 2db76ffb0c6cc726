import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 2,
  slug: 'logistic-regression',
  part: 'logistic',
  title: { en: 'Logistic regression', ko: '로지스틱 회귀' },
  summary: {
    en: 'A probability from a weighted sum: ŷ = σ(wᵀx + b), and the line where it crosses one half.',
    ko: '가중합으로 확률을 만든다: ŷ = σ(wᵀx + b), 그리고 그 값이 1/2이 되는 경계선.',
  },
};
