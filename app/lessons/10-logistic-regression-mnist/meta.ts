import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 10,
  slug: 'logistic-regression-mnist',
  part: 'logistic',
  title: {
    en: 'Logistic regression on MNIST, step by step',
    ko: 'MNIST로 하는 로지스틱 회귀, 단계별로',
  },
  summary: {
    en: 'The whole procedure on 60,000 real handwritten digits: look at the data, initialise, forward, optimise, predict.',
    ko: '실제 손글씨 숫자 60,000장으로 밟는 전체 절차: 데이터 살펴보기, 초기화, 순전파, 최적화, 예측.',
  },
};
