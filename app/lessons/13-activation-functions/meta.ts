import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 13,
  slug: 'activation-functions',
  part: 'shallow',
  title: { en: 'Activation functions', ko: '활성화 함수' },
  summary: {
    en: 'Sigmoid, tanh, ReLU and leaky ReLU, their derivatives, and where each one stops passing gradient back.',
    ko: '시그모이드, tanh, 렐루, 리키 렐루와 그 도함수, 그리고 각 함수가 기울기를 거의 전달하지 못하는 구간.',
  },
};
