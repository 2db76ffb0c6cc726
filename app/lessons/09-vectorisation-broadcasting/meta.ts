import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 9,
  slug: 'vectorisation-broadcasting',
  part: 'logistic',
  title: { en: 'Vectorisation and broadcasting', ko: '벡터화와 브로드캐스팅' },
  summary: {
    en: 'Both for-loops of gradient descent become whole-matrix operations; broadcasting fills in the missing copies of b.',
    ko: '경사 하강법의 두 for 반복문을 행렬 전체 연산으로 바꾸고, 브로드캐스팅이 b의 빠진 복사본을 채운다.',
  },
};
