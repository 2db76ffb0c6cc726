import type { Localized } from '../../i18n/locale.ts';
import type { LossName } from '../../../src/math/losses.ts';

/** Numbers arrive formatted, so both languages show the same digits. */
interface LossCostStrings {
  lossTitle: string;
  lossIntro: string;
  yhatLabel: string;
  lossCaption: (p: { yhat: string; one: string; zero: string }) => string;
  legendOne: string;
  legendZero: string;
  readoutOne: string;
  readoutZero: string;
  curvesTitle: string;
  curvesIntro: string;
  wLabel: string;
  bLabel: string;
  seedLabel: string;
  dataCaption: (p: { m: number }) => string;
  dataLegend0: string;
  dataLegend1: string;
  lossNames: Record<LossName, string>;
  curveCaption: (p: { name: string; b: string }) => string;
  convex: string;
  notConvex: (p: { ranges: string }) => string;
  minima: (p: { list: string }) => string;
  noMinimum: string;
  minimumLabel: string;
  concaveLabel: string;
  plotSummary: (p: {
    name: string;
    convexity: string;
    minima: string;
    w: string;
    J: string;
    slope: string;
  }) => string;
  readoutJ: string;
  readoutSlope: string;
  computing: string;
  failed: (p: { message: string }) => string;
  badLink: (p: { fields: string }) => string;
}

export const strings: Localized<LossCostStrings> = {
  en: {
    lossTitle: 'The loss of one example',
    lossIntro:
      'Move ŷ, the model’s probability that y = 1. The solid curve is the loss when the true label is 1, the dashed one when it is 0.',
    yhatLabel: 'Prediction ŷ',
    lossCaption: ({ yhat, one, zero }) =>
      `Cross-entropy loss against ŷ from 0 to 1. At ŷ = ${yhat}: L = −log ŷ = ${one} if y = 1, L = −log(1 − ŷ) = ${zero} if y = 0.`,
    legendOne: 'y = 1: L = −log ŷ',
    legendZero: 'y = 0: L = −log(1 − ŷ)',
    readoutOne: 'L(ŷ, 1)',
    readoutZero: 'L(ŷ, 0)',
    curvesTitle: 'The cost J(w) under two losses',
    curvesIntro:
      'Both plots use the same twelve examples and the same b. Drag across a plot, or use the w slider, to move the marker.',
    wLabel: 'Weight w',
    bLabel: 'Bias b (fixed while w varies)',
    seedLabel: 'Data seed',
    dataCaption: ({ m }) =>
      `The data: ${m} examples with one feature x. Class 1 sits in the middle, class 0 on both sides.`,
    dataLegend0: 'y = 0 (circle)',
    dataLegend1: 'y = 1 (triangle)',
    lossNames: { 'cross-entropy': 'Cross-entropy', 'squared-error': 'Squared error ½(ŷ − y)²' },
    curveCaption: ({ name, b }) => `${name}: J(w) with b = ${b}`,
    convex: 'Convex on this range: every second difference is ≥ 0.',
    notConvex: ({ ranges }) =>
      `Not convex: the curve bends downward (negative second differences) for w in ${ranges} (shaded).`,
    minima: ({ list }) => `Local minima at w = ${list}.`,
    noMinimum: 'No local minimum inside this range.',
    minimumLabel: 'min',
    concaveLabel: 'bends down',
    plotSummary: ({ name, convexity, minima, w, J, slope }) =>
      `${name}. ${convexity} ${minima} At w = ${w}: J = ${J}, dJ/dw = ${slope}.`,
    readoutJ: 'J(w)',
    readoutSlope: 'dJ/dw',
    computing: 'Computing the curves…',
    failed: ({ message }) => `The curves could not be computed: ${message}`,
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default was used instead.`,
  },
  ko: {
    lossTitle: '예제 하나의 손실',
    lossIntro:
      '모델이 y = 1일 확률로 내놓은 값 ŷ를 움직여 보세요. 실선은 실제 레이블이 1일 때의 손실, 점선은 0일 때의 손실입니다.',
    yhatLabel: '예측값 ŷ',
    lossCaption: ({ yhat, one, zero }) =>
      `ŷ를 0부터 1까지 바꿀 때의 교차 엔트로피 손실. ŷ = ${yhat}에서 y = 1이면 L = −log ŷ = ${one}, y = 0이면 L = −log(1 − ŷ) = ${zero}입니다.`,
    legendOne: 'y = 1: L = −log ŷ',
    legendZero: 'y = 0: L = −log(1 − ŷ)',
    readoutOne: 'L(ŷ, 1)',
    readoutZero: 'L(ŷ, 0)',
    curvesTitle: '두 손실로 본 비용 J(w)',
    curvesIntro:
      '두 그래프는 같은 열두 개의 예제와 같은 b를 씁니다. 그래프 위를 끌거나 w 슬라이더로 표시선을 움직여 보세요.',
    wLabel: '가중치 w',
    bLabel: '편향 b (w를 바꾸는 동안 고정)',
    seedLabel: '데이터 시드',
    dataCaption: ({ m }) =>
      `데이터: 특성 x 하나를 가진 예제 ${m}개. 클래스 1은 가운데에, 클래스 0은 양쪽에 있습니다.`,
    dataLegend0: 'y = 0 (원)',
    dataLegend1: 'y = 1 (삼각형)',
    lossNames: { 'cross-entropy': '교차 엔트로피', 'squared-error': '제곱 오차 ½(ŷ − y)²' },
    curveCaption: ({ name, b }) => `${name}: b = ${b}일 때의 J(w)`,
    convex: '이 범위에서 볼록합니다. 모든 2차 차분이 0 이상입니다.',
    notConvex: ({ ranges }) =>
      `볼록하지 않습니다. w가 ${ranges} 구간(음영)에 있을 때 곡선이 아래로 휩니다(2차 차분이 음수).`,
    minima: ({ list }) => `국소 최솟값 위치: w = ${list}.`,
    noMinimum: '이 범위 안에는 국소 최솟값이 없습니다.',
    minimumLabel: '최소',
    concaveLabel: '아래로 휨',
    plotSummary: ({ name, convexity, minima, w, J, slope }) =>
      `${name}. ${convexity} ${minima} w = ${w}에서 J = ${J}, dJ/dw = ${slope}.`,
    readoutJ: 'J(w)',
    readoutSlope: 'dJ/dw',
    computing: '곡선을 계산하는 중…',
    failed: ({ message }) => `곡선을 계산하지 못했습니다: ${message}`,
    badLink: ({ fields }) => `링크의 일부(${fields})를 쓸 수 없어 기본값을 사용했습니다.`,
  },
};
