import type { Localized } from '../../i18n/locale.ts';

interface LogisticStrings {
  title: string;
  intro: string;
  badLink: (p: { fields: string }) => string;
  exampleLegend: string;
  parametersLegend: string;
  labelLegend: string;
  rangeProblem: (p: { min: string; max: string }) => string;
  range: (p: { min: string; max: string }) => string;
  chainTitle: string;
  chainIntro: string;
  chainDa: string;
  chainLocal: string;
  chainProduct: string;
  chainDirect: string;
  chainDifference: string;
  chainSaturated: string;
  formulasTitle: string;
  formulaCol: string;
  notesCol: string;
  graphCol: string;
  stepTitle: string;
  stepIntro: string;
  alphaLabel: string;
  alphaProblem: (p: { max: string }) => string;
  lossBefore: string;
  lossAfter: string;
  lossChange: (p: { change: string }) => string;
  lossRose: string;
  apply: string;
  restart: string;
  history: string;
  historyEmpty: string;
}

export const strings: Localized<LogisticStrings> = {
  en: {
    title: 'One example through logistic regression, forward and back',
    intro:
      'Set one training example (x₁, x₂, y) and the parameters (w₁, w₂, b). Forward computes z, a and the loss L; Backward gives dL/d(node) for every node.',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default value is shown instead.`,
    exampleLegend: 'The example',
    parametersLegend: 'The parameters',
    labelLegend: 'Label y',
    rangeProblem: ({ min, max }) => `Type a number from ${min} to ${max}.`,
    range: ({ min, max }) => `${min} to ${max}`,
    chainTitle: 'dz two ways',
    chainIntro: 'The chain rule through a = σ(z), and the short form the notes derive from it:',
    chainDa: 'da = −y/a + (1 − y)/(1 − a)',
    chainLocal: 'da/dz = a(1 − a)',
    chainProduct: 'da × a(1 − a)',
    chainDirect: 'a − y',
    chainDifference: 'difference',
    chainSaturated:
      'Here a is so close to 0 or 1 that a(1 − a) rounds badly in floating point: the product is unreliable, while a − y is still exact. This is one reason code computes dz = a − y directly.',
    formulasTitle: 'The notes’ formulas against the graph',
    formulaCol: 'derivative',
    notesCol: 'formula',
    graphCol: 'backward pass',
    stepTitle: 'One step of gradient descent',
    stepIntro: 'Move each parameter against its derivative, then run the forward pass again:',
    alphaLabel: 'Learning rate α',
    alphaProblem: ({ max }) => `Type a number from 0 to ${max}.`,
    lossBefore: 'loss now',
    lossAfter: 'loss after the step',
    lossChange: ({ change }) => `change ${change}`,
    lossRose: 'The loss went up: α is too large for this step.',
    apply: 'Take this step',
    restart: 'Back to the starting parameters',
    history: 'Loss at the start and after each step taken:',
    historyEmpty: 'No step taken yet.',
  },
  ko: {
    title: '예제 하나로 로지스틱 회귀를 앞으로, 뒤로',
    intro:
      '학습 예제 하나(x₁, x₂, y)와 매개변수(w₁, w₂, b)를 정하세요. 순전파는 z, a, 손실 L을 계산하고, 역전파는 모든 노드의 dL/d(노드)를 구합니다.',
    badLink: ({ fields }) => `링크의 일부(${fields})를 사용할 수 없어 기본값을 대신 보여 줍니다.`,
    exampleLegend: '예제',
    parametersLegend: '매개변수',
    labelLegend: '레이블 y',
    rangeProblem: ({ min, max }) => `${min}부터 ${max}까지의 수를 입력하세요.`,
    range: ({ min, max }) => `${min}부터 ${max}까지`,
    chainTitle: 'dz를 두 가지 방법으로',
    chainIntro: 'a = σ(z)를 거치는 연쇄 법칙, 그리고 강의 노트가 거기서 끌어낸 간단한 형태:',
    chainDa: 'da = −y/a + (1 − y)/(1 − a)',
    chainLocal: 'da/dz = a(1 − a)',
    chainProduct: 'da × a(1 − a)',
    chainDirect: 'a − y',
    chainDifference: '차이',
    chainSaturated:
      '지금 a는 0이나 1에 너무 가까워서 a(1 − a)가 부동소수점에서 제대로 계산되지 않습니다. 곱은 믿을 수 없지만 a − y는 여전히 정확합니다. 코드에서 dz = a − y를 바로 계산하는 이유 가운데 하나입니다.',
    formulasTitle: '강의 노트의 공식과 그래프 비교',
    formulaCol: '도함수',
    notesCol: '공식',
    graphCol: '역전파 결과',
    stepTitle: '경사 하강법 한 걸음',
    stepIntro: '각 매개변수를 도함수의 반대 방향으로 옮기고, 순전파를 다시 계산합니다.',
    alphaLabel: '학습률 α',
    alphaProblem: ({ max }) => `0부터 ${max}까지의 수를 입력하세요.`,
    lossBefore: '현재 손실',
    lossAfter: '한 걸음 뒤 손실',
    lossChange: ({ change }) => `변화 ${change}`,
    lossRose: '손실이 올라갔습니다. 이 걸음에는 α가 너무 큽니다.',
    apply: '이 걸음 내딛기',
    restart: '처음 매개변수로 돌아가기',
    history: '처음과 걸음마다의 손실:',
    historyEmpty: '아직 내디딘 걸음이 없습니다.',
  },
};
