import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 14,
  slug: 'why-nonlinear-activations',
  part: 'shallow',
  title: { en: 'Why non-linear activations', ko: '비선형 활성화 함수가 필요한 이유' },
  summary: {
    en: 'Take the bend out of every hidden unit and any number of layers adds up to one linear function of the input.',
    ko: '은닉 유닛에서 휘어짐을 빼면 층을 아무리 쌓아도 입력에 대한 선형 함수 하나가 된다.',
  },
};
