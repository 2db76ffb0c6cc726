import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 19,
  slug: 'hyperparameters',
  part: 'deep',
  title: { en: 'Hyperparameters', ko: '하이퍼파라미터' },
  summary: {
    en: 'W and b are learned; α, the iterations, the layers, the units and the activation are chosen, by trying them.',
    ko: 'W와 b는 학습되고, α·반복 횟수·층·유닛·활성화 함수는 직접 시험해 보며 고른다.',
  },
};
