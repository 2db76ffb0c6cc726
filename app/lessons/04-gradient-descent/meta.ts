import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 4,
  slug: 'gradient-descent',
  part: 'logistic',
  title: { en: 'Gradient descent', ko: '경사 하강법' },
  summary: {
    en: 'Walk downhill on J(w, b): w := w − α dJ/dw, b := b − α dJ/db, and what the learning rate α does to the walk.',
    ko: 'J(w, b)의 내리막을 따라 걷기: w := w − α dJ/dw, b := b − α dJ/db. 그리고 학습률 α가 걸음을 어떻게 바꾸는지.',
  },
};
