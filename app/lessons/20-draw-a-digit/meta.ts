import type { LessonMeta } from '../types.ts';

export const meta: LessonMeta = {
  number: 20,
  slug: 'draw-a-digit',
  part: 'digits',
  title: { en: 'Draw a digit', ko: '숫자를 그려 보기' },
  summary: {
    en: 'Draw a digit and watch two models trained on all of MNIST read it: ten one-vs-all logistic regressions and a network with a hidden layer; see what each one looks at, train them yourself, and browse the test digits they get wrong.',
    ko: '숫자를 그리면 MNIST 전체로 학습한 두 모델, 일대다 로지스틱 회귀 10개와 은닉층이 있는 신경망이 그것을 읽습니다. 각 모델이 무엇을 보는지 살펴보고, 직접 학습시키고, 틀린 테스트 숫자를 훑어봅니다.',
  },
};
