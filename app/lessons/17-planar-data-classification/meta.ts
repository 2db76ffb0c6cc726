import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 17,
  slug: 'planar-data-classification',
  part: 'shallow',
  title: { en: 'Planar data classification', ko: '평면 데이터 분류' },
  summary: {
    en: 'The flower: a straight line gets about half of it right, one hidden layer of tanh units gets nearly all of it; how many units does it take?',
    ko: '꽃 모양 데이터: 직선은 절반 정도만 맞히고, tanh 은닉층 하나는 거의 다 맞힌다. 유닛은 몇 개가 필요할까?',
  },
};
