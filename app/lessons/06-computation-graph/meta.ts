import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 6,
  slug: 'computation-graph',
  part: 'logistic',
  title: { en: 'Computation graph', ko: '계산 그래프' },
  summary: {
    en: 'Break a function into small steps, compute it left to right, then send derivatives right to left with the chain rule.',
    ko: '함수를 작은 단계로 나누어 왼쪽에서 오른쪽으로 계산하고, 연쇄 법칙으로 도함수를 오른쪽에서 왼쪽으로 보냅니다.',
  },
};
