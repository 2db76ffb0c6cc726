import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  title: string;
  scales: string;
  small: string;
  large: string;
  runTitle(p: { name: 'zeros' | 'small' | 'large'; scale: number }): string;
  weights: string;
  unit: string;
  spread: string;
  meanDerivative: string;
  weightsCaption(p: { scaleMax: number }): string;
  legend0: string;
  legend1: string;
}> = {
  en: {
    title: 'Three initialisations, trained side by side',
    scales: 'Random scales',
    small: 'Small scale',
    large: 'Large scale',
    runTitle: ({ name, scale }) =>
      name === 'zeros' ? 'Zeros: W = 0' : `Random × ${scale}: W = randn · ${scale}`,
    weights: "W[1]'s rows, one per hidden unit",
    unit: 'unit',
    spread: "Max difference between hidden units' weight rows",
    meanDerivative: 'Mean tanh′(Z[1]) (1 = unsaturated, 0 = saturated)',
    weightsCaption: ({ scaleMax }) =>
      `Bars run from the centre line, right for positive and left for negative; a full bar is ±${scaleMax}.`,
    legend0: 'class y = 0',
    legend1: 'class y = 1',
  },
  ko: {
    title: '세 가지 초기화를 나란히 학습하기',
    scales: '무작위 크기',
    small: '작은 크기',
    large: '큰 크기',
    runTitle: ({ name, scale }) =>
      name === 'zeros' ? '0으로: W = 0' : `무작위 × ${scale}: W = randn · ${scale}`,
    weights: 'W[1]의 행, 은닉 유닛마다 하나',
    unit: '유닛',
    spread: '은닉 유닛 가중치 행 사이의 최대 차이',
    meanDerivative: 'tanh′(Z[1])의 평균 (1 = 포화 안 됨, 0 = 포화)',
    weightsCaption: ({ scaleMax }) =>
      `막대는 가운데 선에서 양수는 오른쪽, 음수는 왼쪽으로 뻗고, 끝까지 차면 ±${scaleMax}입니다.`,
    legend0: '클래스 y = 0',
    legend1: '클래스 y = 1',
  },
};
