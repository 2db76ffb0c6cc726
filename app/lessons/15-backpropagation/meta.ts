import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 15,
  slug: 'backpropagation',
  part: 'shallow',
  title: { en: 'Backpropagation for one hidden layer', ko: '은닉층 하나짜리 신경망의 역전파' },
  summary: {
    en: 'Six equations carry the error from the output back to W[1], each with a shape you can check, and a gradient check to prove them.',
    ko: '여섯 개의 식이 출력의 오차를 W[1]까지 거꾸로 전달한다. 모양을 하나하나 확인하고 기울기 검사로 증명한다.',
  },
};
