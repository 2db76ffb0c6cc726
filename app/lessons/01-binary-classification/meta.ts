import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 1,
  slug: 'binary-classification',
  part: 'logistic',
  title: { en: 'Binary classification and notation', ko: '이진 분류와 표기법' },
  summary: {
    en: 'An image becomes a column of numbers x; m examples side by side make X (n_x, m), their labels Y (1, m).',
    ko: '이미지는 숫자 한 열 x가 되고, 예제 m개를 나란히 놓으면 X (n_x, m), 그 레이블은 Y (1, m)이 된다.',
  },
};
