import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 18,
  slug: 'deep-network-shapes',
  part: 'deep',
  title: { en: 'L-layer forward and backward', ko: 'L층 신경망의 순전파와 역전파' },
  summary: {
    en: 'The equations of one layer, forward and backward, for any depth, and the dimension rules every W, b, Z, A, dZ, dW and db must obey.',
    ko: '깊이에 상관없이 쓰이는 한 층의 순전파·역전파 식과, W, b, Z, A, dZ, dW, db가 모두 따라야 하는 차원 규칙.',
  },
};
