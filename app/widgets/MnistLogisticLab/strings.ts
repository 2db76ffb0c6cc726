import type { Localized } from '../../i18n/locale.ts';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const num = (x: number) => (Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(3) : x.toExponential(1));

export const strings: Localized<{
  title: string;
  taskLegend: string;
  restTask: string;
  pairTask: string;
  digit: string;
  firstDigit: string;
  secondDigit: string;
  taskName(p: {
    task: { kind: 'one-vs-rest'; digit: number } | { kind: 'pair'; digits: [number, number] };
  }): string;
  taskSummary(p: { task: string; positive: string }): string;
  sameDigits: string;
  testAccuracy: string;
  weightsTitle: string;
  weightsCaption: string;
  legendNegative: string;
  legendPositive: string;
  weightsDescription(p: {
    iteration: number;
    min: number;
    max: number;
    argMin: string;
    argMax: string;
    b: number;
  }): string;
  weightsUntrained: string;
  mistakesTitle: string;
  mistakesRefresh: string;
  mistakesSummary(p: { wrong: number; mTest: number; shown: number; iteration: number }): string;
  mistakesNone(p: { mTest: number; iteration: number }): string;
  mistakeLabel(p: { digit: number; index: number; y: number; probability: string }): string;
  mistakesLoading: string;
  mistakesStale: string;
  stepsTitle: string;
  steps: {
    look: string;
    activation: string;
    initialise: string;
    forward: string;
    optimise: string;
    predict: string;
    model: string;
  };
  costNow(p: { cost: string; iteration: number }): string;
  accuraciesNow(p: { train: string; test: string }): string;
  badLink(p: { fields: string }): string;
  fmtPct(p: { fraction: number }): string;
  fmtNum(p: { value: number }): string;
}> = {
  en: {
    title: 'Logistic regression on all 60,000 MNIST training images',
    taskLegend: 'Task',
    restTask: 'One digit against all the others',
    pairTask: 'One digit against another',
    digit: 'Digit d (y = 1)',
    firstDigit: 'First digit (y = 1)',
    secondDigit: 'Second digit (y = 0)',
    taskName: ({ task }) =>
      task.kind === 'pair' ? `${task.digits[0]} vs ${task.digits[1]}` : `${task.digit} vs rest`,
    taskSummary: ({ task, positive }) => `Task: ${task}; y = 1 means “${positive}”.`,
    sameDigits: 'Choose two different digits.',
    testAccuracy: 'Test accuracy',
    weightsTitle: 'The learned w as a 28 × 28 picture',
    weightsCaption: 'Each pixel shows the weight w_p that multiplies that pixel of the input.',
    legendNegative: 'w < 0: ink here argues for y = 0',
    legendPositive: 'w > 0: ink here argues for y = 1',
    weightsDescription: ({ iteration, min, max, argMin, argMax, b }) =>
      `The weights w after ${iteration} iterations, drawn as a 28 by 28 image on a two-sided colour scale. ` +
      `Most negative weight ${num(min)} at ${argMin}; most positive ${num(max)} at ${argMax}; b = ${num(b)}.`,
    weightsUntrained: 'All 784 weights are still 0, so the picture is blank.',
    mistakesTitle: 'Test digits the model gets wrong',
    mistakesRefresh: 'Refresh',
    mistakesSummary: ({ wrong, mTest, shown, iteration }) =>
      `After ${iteration} iterations: ${wrong} of ${mTest} test images are misclassified; the ${shown} most confidently wrong are shown.`,
    mistakesNone: ({ mTest, iteration }) =>
      `After ${iteration} iterations the model classifies all ${mTest} test images correctly.`,
    mistakeLabel: ({ digit, index, y, probability }) =>
      `Test image ${index}, a ${digit} (y = ${y}); the model gave ŷ = ${probability}`,
    mistakesLoading: 'Finding the mistakes…',
    mistakesStale: 'Training has moved on: press Refresh, or pause, to update these.',
    stepsTitle: 'The procedure, with this run’s shapes',
    steps: {
      look: 'Look at the data',
      activation: 'Activation',
      initialise: 'Initialise',
      forward: 'Forward pass and cost',
      optimise: 'Optimise (one iteration of gradient descent)',
      predict: 'Predict',
      model: 'Merge into a model',
    },
    costNow: ({ cost, iteration }) => `Now: J = ${cost} at iteration ${iteration}.`,
    accuraciesNow: ({ train, test }) => `Now: training accuracy ${train}, test accuracy ${test}.`,
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
    fmtPct: ({ fraction }) => pct(fraction),
    fmtNum: ({ value }) => num(value),
  },
  ko: {
    title: 'MNIST 학습 이미지 60,000장 전체로 하는 로지스틱 회귀',
    taskLegend: '과제',
    restTask: '숫자 하나 대 나머지 전부',
    pairTask: '숫자 하나 대 다른 숫자 하나',
    digit: '숫자 d (y = 1)',
    firstDigit: '첫째 숫자 (y = 1)',
    secondDigit: '둘째 숫자 (y = 0)',
    taskName: ({ task }) =>
      task.kind === 'pair' ? `${task.digits[0]} 대 ${task.digits[1]}` : `${task.digit} 대 나머지`,
    taskSummary: ({ task, positive }) => `과제: ${task}. y = 1은 “${positive}”라는 뜻입니다.`,
    sameDigits: '서로 다른 두 숫자를 고르세요.',
    testAccuracy: '테스트 정확도',
    weightsTitle: '학습된 w를 28 × 28 그림으로',
    weightsCaption: '각 픽셀은 입력의 그 픽셀에 곱해지는 가중치 w_p를 나타냅니다.',
    legendNegative: 'w < 0: 여기의 잉크는 y = 0 쪽 증거',
    legendPositive: 'w > 0: 여기의 잉크는 y = 1 쪽 증거',
    weightsDescription: ({ iteration, min, max, argMin, argMax, b }) =>
      `${iteration}번 반복한 뒤의 가중치 w를 양방향 색 눈금의 28×28 그림으로 나타냈습니다. ` +
      `가장 작은 가중치 ${num(min)}은 ${argMin}, 가장 큰 가중치 ${num(max)}는 ${argMax}에 있습니다. b = ${num(b)}.`,
    weightsUntrained: '784개 가중치가 아직 모두 0이라 그림이 비어 있습니다.',
    mistakesTitle: '모델이 틀린 테스트 숫자',
    mistakesRefresh: '새로 고침',
    mistakesSummary: ({ wrong, mTest, shown, iteration }) =>
      `${iteration}번 반복 후: 테스트 이미지 ${mTest}장 중 ${wrong}장을 잘못 분류했습니다. 가장 자신 있게 틀린 ${shown}장을 보여 줍니다.`,
    mistakesNone: ({ mTest, iteration }) =>
      `${iteration}번 반복 후 모델이 테스트 이미지 ${mTest}장을 모두 맞혔습니다.`,
    mistakeLabel: ({ digit, index, y, probability }) =>
      `테스트 이미지 ${index}번, 숫자 ${digit} (y = ${y}). 모델의 ŷ = ${probability}`,
    mistakesLoading: '틀린 예제를 찾는 중…',
    mistakesStale:
      '그 뒤로 학습이 더 진행되었습니다. 새로 고침을 누르거나 일시 정지하면 갱신됩니다.',
    stepsTitle: '절차와 이번 실행의 모양',
    steps: {
      look: '데이터 살펴보기',
      activation: '활성화 함수',
      initialise: '초기화',
      forward: '순전파와 비용',
      optimise: '최적화 (경사 하강법 한 번)',
      predict: '예측',
      model: '모델로 합치기',
    },
    costNow: ({ cost, iteration }) => `지금: 반복 ${iteration}에서 J = ${cost}.`,
    accuraciesNow: ({ train, test }) => `지금: 학습 정확도 ${train}, 테스트 정확도 ${test}.`,
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
    fmtPct: ({ fraction }) => pct(fraction),
    fmtNum: ({ value }) => num(value),
  },
};
