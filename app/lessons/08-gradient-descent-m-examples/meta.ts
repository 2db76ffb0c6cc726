import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 8,
  slug: 'gradient-descent-m-examples',
  part: 'logistic',
  title: { en: 'Gradient descent on m examples', ko: 'm개 예제에 대한 경사 하강법' },
  summary: {
    en: 'One pass over the training set: add up every example’s loss and gradients, divide by m, take one step.',
    ko: '학습 세트를 한 번 훑으며 모든 예제의 손실과 기울기를 더하고, m으로 나눈 뒤 한 걸음 내딛는다.',
  },
};
