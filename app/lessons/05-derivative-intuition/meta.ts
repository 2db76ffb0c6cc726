import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 5,
  slug: 'derivative-intuition',
  part: 'logistic',
  title: { en: 'Derivative intuition', ko: '도함수의 직관' },
  summary: {
    en: 'Move a by 0.001 and watch f(a) move: the ratio of the two is the slope, the derivative.',
    ko: 'a를 0.001만큼 움직였을 때 f(a)가 얼마나 움직이는지 보기: 그 비율이 기울기, 곧 도함수입니다.',
  },
};
