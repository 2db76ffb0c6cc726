import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 3,
  slug: 'loss-and-cost',
  part: 'logistic',
  title: { en: 'Loss and cost', ko: '손실과 비용' },
  summary: {
    en: 'How wrong one prediction is, L(ŷ, y), and how wrong the model is on average, J(w, b) — and why the log loss beats the squared error.',
    ko: '예측 하나가 얼마나 틀렸는지 L(ŷ, y), 모델이 평균적으로 얼마나 틀렸는지 J(w, b). 그리고 로그 손실이 제곱 오차보다 나은 이유.',
  },
};
