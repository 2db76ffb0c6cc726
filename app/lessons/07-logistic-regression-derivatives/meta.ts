import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 7,
  slug: 'logistic-regression-derivatives',
  part: 'logistic',
  title: { en: 'Logistic regression derivatives', ko: '로지스틱 회귀의 도함수' },
  summary: {
    en: 'The computation graph of one example, from w and b to the loss, and back: dz = a − y, dw = x dz, db = dz.',
    ko: '예제 하나의 계산 그래프를 w와 b에서 손실까지, 그리고 거꾸로: dz = a − y, dw = x dz, db = dz.',
  },
};
