import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 11,
  slug: 'network-representation',
  part: 'shallow',
  title: { en: 'Neural network representation', ko: '신경망의 표현' },
  summary: {
    en: 'Input, hidden and output layers, the a[l]_i notation, and how the weight rows of four hidden units stack into one matrix W[1].',
    ko: '입력층, 은닉층, 출력층과 a[l]_i 표기법, 그리고 은닉 유닛 네 개의 가중치 행이 하나의 행렬 W[1]로 쌓이는 방식.',
  },
};
