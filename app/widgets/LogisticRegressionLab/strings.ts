import type { Localized } from '../../i18n/locale.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(2);

export const strings: Localized<{
  title: string;
  parameters: string;
  dataset: string;
  seed: string;
  newData: string;
  m: string;
  slidersHint: string;
  equationLabel: string;
  description(p: { m: number; w1: number; w2: number; b: number; accuracy: number | null }): string;
  legend0: string;
  legend1: string;
  legendLine: string;
  badLink(p: { fields: string }): string;
}> = {
  en: {
    title: 'Logistic regression on a 2-D data set',
    parameters: 'Parameters w and b',
    dataset: 'Data set',
    seed: 'Seed',
    newData: 'New data',
    m: 'Examples m',
    slidersHint:
      'Drag w₁, w₂ and b to move the boundary yourself, or press Train to let gradient descent find them.',
    equationLabel: 'Current model',
    description: ({ m, w1, w2, b, accuracy }) =>
      `Scatter plot of ${m} points in two classes over a heatmap of the predicted probability ŷ. ` +
      `Dashed decision line ${num(w1)}·x₁ + ${num(w2)}·x₂ + ${num(b)} = 0, where ŷ = 0.5.` +
      (accuracy === null ? '' : ` Training accuracy ${pct(accuracy)}.`),
    legend0: 'class y = 0',
    legend1: 'class y = 1',
    legendLine: 'ŷ = 0.5',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '2차원 데이터에서의 로지스틱 회귀',
    parameters: '매개변수 w와 b',
    dataset: '데이터 세트',
    seed: '시드',
    newData: '새 데이터',
    m: '예제 수 m',
    slidersHint:
      'w₁, w₂, b를 직접 움직여 경계를 옮기거나, 학습을 눌러 경사 하강법이 찾게 해 보세요.',
    equationLabel: '현재 모델',
    description: ({ m, w1, w2, b, accuracy }) =>
      `예측 확률 ŷ의 히트맵 위에 두 클래스의 점 ${m}개를 그린 산점도. ` +
      `점선은 결정 경계 ${num(w1)}·x₁ + ${num(w2)}·x₂ + ${num(b)} = 0 (ŷ = 0.5)입니다.` +
      (accuracy === null ? '' : ` 학습 정확도 ${pct(accuracy)}.`),
    legend0: '클래스 y = 0',
    legend1: '클래스 y = 1',
    legendLine: 'ŷ = 0.5',
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
