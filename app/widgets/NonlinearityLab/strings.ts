import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  title: string;
  linear: string;
  tanh: string;
  collapseTitle: string;
  collapseIntro: string;
  collapseWaiting: string;
  maxDifference: string;
  logitDifference: string;
  disagreements(p: { count: number; m: number }): string;
  collapseLabel: string;
  afterIterations(p: { iteration: number }): string;
  legend0: string;
  legend1: string;
}> = {
  en: {
    title: 'The same network, linear or tanh hidden units',
    linear: 'Linear hidden units, g(z) = z',
    tanh: 'tanh hidden units',
    collapseTitle: 'The linear network, collapsed to one layer',
    collapseIntro:
      "From the linear network's current parameters: W′ = W[2]W[1] and b′ = W[2]b[1] + b[2], then the single-layer model σ(W′x + b′) run on every training example beside the network.",
    collapseWaiting: 'Computing…',
    maxDifference: 'Largest difference between the outputs, max |a[2] − σ(W′x + b′)|',
    logitDifference: 'Largest difference between the logits, max |z[2] − (W′x + b′)|',
    disagreements: ({ count, m }) =>
      `Examples the two models classify differently: ${count} of ${m}`,
    collapseLabel: 'Collapsed single-layer model',
    afterIterations: ({ iteration }) => `after ${iteration} iterations, computed in float64`,
    legend0: 'class y = 0',
    legend1: 'class y = 1',
  },
  ko: {
    title: '같은 신경망, 선형 은닉 유닛과 tanh 은닉 유닛',
    linear: '선형 은닉 유닛, g(z) = z',
    tanh: 'tanh 은닉 유닛',
    collapseTitle: '층 하나로 접은 선형 신경망',
    collapseIntro:
      '선형 신경망의 현재 매개변수로 W′ = W[2]W[1], b′ = W[2]b[1] + b[2]를 계산하고, 층 하나짜리 모델 σ(W′x + b′)를 모든 학습 예제에 대해 신경망과 나란히 실행합니다.',
    collapseWaiting: '계산 중…',
    maxDifference: '두 출력의 최대 차이, max |a[2] − σ(W′x + b′)|',
    logitDifference: '두 로짓의 최대 차이, max |z[2] − (W′x + b′)|',
    disagreements: ({ count, m }) => `두 모델이 다르게 분류한 예제: ${m}개 중 ${count}개`,
    collapseLabel: '층 하나로 접은 모델',
    afterIterations: ({ iteration }) => `${iteration}번 반복 뒤, float64로 계산`,
    legend0: '클래스 y = 0',
    legend1: '클래스 y = 1',
  },
};
