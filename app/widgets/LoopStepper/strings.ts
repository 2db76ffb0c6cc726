import type { Localized } from '../../i18n/locale.ts';

/** Numbers arrive formatted (loop-view.ts formatValue), so both languages show the same digits. */
interface LoopStepperStrings {
  title: string;
  intro: string;
  codeLabel: string;
  controlsLabel: string;
  keysHint: string;
  previous: string;
  next: string;
  nextExample: string;
  runToEnd: string;
  reset: string;
  position: (p: { step: number; total: number }) => string;
  lineNow: (p: { code: string; example: number | null; m: number }) => string;
  accumulators: string;
  accumulatorsHint: string;
  parameters: string;
  before: string;
  after: string;
  divided: string;
  tableCaption: (p: { m: number }) => string;
  tableCurrent: string;
  columns: { i: string; y: string; loss: string; running: string };
  newValue: (p: { name: string }) => string;
  scatterLabel: (p: { m: number; i: number | null; w1: string; w2: string; b: string }) => string;
  legendClass0: string;
  legendClass1: string;
  legendCurrent: string;
  legendLineBefore: string;
  legendLineAfter: string;
  data: string;
  m: string;
  seed: string;
  newData: string;
  learningRate: string;
  comparisonTitle: string;
  comparisonWaiting: string;
  comparisonColumns: { quantity: string; stepped: string; loop: string; vectorised: string };
  comparisonSummary: (p: { difference: string; exact: boolean }) => string;
  badLink: (p: { fields: string }) => string;
}

export const strings: Localized<LoopStepperStrings> = {
  en: {
    title: 'Step through the loop over m examples',
    intro:
      'Each press of Next runs one line of the loop. Watch the current example light up in the table and the plot, and the four accumulators grow.',
    codeLabel: 'The loop, with the line just run marked',
    controlsLabel: 'Loop controls',
    keysHint:
      'Keys while a button here has focus: → next line, ← previous, End runs to the end, Home resets.',
    previous: 'Previous',
    next: 'Next line',
    nextExample: 'Next example',
    runToEnd: 'Run to end',
    reset: 'Reset',
    position: ({ step, total }) => `Line ${step + 1} of ${total}`,
    lineNow: ({ code, example, m }) =>
      example === null ? `Just ran: ${code}` : `Example i = ${example} of ${m}. Just ran: ${code}`,
    accumulators: 'Accumulators',
    accumulatorsHint: 'Sums over the examples seen so far; divided by m after the loop.',
    parameters: 'Parameters',
    before: 'before',
    after: 'after the update',
    divided: '÷ m done',
    tableCaption: ({ m }) => `The ${m} examples; running sums after each finished example`,
    tableCurrent: 'current example',
    columns: { i: 'i', y: 'y', loss: 'loss', running: 'running sums after example i' },
    newValue: ({ name }) => `${name} (new)`,
    scatterLabel: ({ m, i, w1, w2, b }) =>
      `Scatter plot of the ${m} examples, circles for y = 0 and triangles for y = 1` +
      (i === null ? '' : `; example ${i} is ringed`) +
      `. Dashed line: w₁x₁ + w₂x₂ + b = 0 with w₁ = ${w1}, w₂ = ${w2}, b = ${b}.`,
    legendClass0: 'y = 0',
    legendClass1: 'y = 1',
    legendCurrent: 'current example',
    legendLineBefore: 'boundary before',
    legendLineAfter: 'after the update',
    data: 'Data and starting point',
    m: 'Examples m',
    seed: 'Seed',
    newData: 'New data',
    learningRate: 'Learning rate α',
    comparisonTitle: 'Check against the engine',
    comparisonWaiting:
      'Reach the last line (Run to end) to compare this loop with the engine’s two implementations.',
    comparisonColumns: {
      quantity: 'quantity',
      stepped: 'stepped here',
      loop: 'loopGradientStep',
      vectorised: 'vectorisedGradientStep',
    },
    comparisonSummary: ({ difference, exact }) =>
      `${exact ? 'The stepped loop and loopGradientStep agree exactly. ' : ''}Largest difference from the vectorised step: ${difference}.`,
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: 'm개 예제에 대한 반복문을 한 줄씩 실행하기',
    intro:
      '다음을 누를 때마다 반복문이 한 줄씩 실행됩니다. 표와 그림에서 지금 처리 중인 예제가 강조되고, 네 개의 누적 변수가 쌓여 가는 모습을 지켜보세요.',
    codeLabel: '반복문 (방금 실행한 줄 표시)',
    controlsLabel: '반복문 조작',
    keysHint: '이 버튼들에 포커스가 있을 때: → 다음 줄, ← 이전 줄, End 끝까지 실행, Home 처음으로.',
    previous: '이전',
    next: '다음 줄',
    nextExample: '다음 예제',
    runToEnd: '끝까지 실행',
    reset: '처음으로',
    position: ({ step, total }) => `${total}줄 중 ${step + 1}번째`,
    lineNow: ({ code, example, m }) =>
      example === null
        ? `방금 실행: ${code}`
        : `예제 i = ${example} (전체 ${m}개). 방금 실행: ${code}`,
    accumulators: '누적 변수',
    accumulatorsHint: '지금까지 본 예제들의 합입니다. 반복이 끝나면 m으로 나눕니다.',
    parameters: '매개변수',
    before: '갱신 전',
    after: '갱신 후',
    divided: 'm으로 나눔',
    tableCaption: ({ m }) => `예제 ${m}개와, 각 예제를 마친 뒤의 누적 합`,
    tableCurrent: '현재 예제',
    columns: { i: 'i', y: 'y', loss: '손실', running: '예제 i를 마친 뒤의 누적 합' },
    newValue: ({ name }) => `${name} (갱신 후)`,
    scatterLabel: ({ m, i, w1, w2, b }) =>
      `예제 ${m}개의 산점도. y = 0은 원, y = 1은 삼각형` +
      (i === null ? '' : `, 예제 ${i}에 고리 표시`) +
      `. 점선: w₁x₁ + w₂x₂ + b = 0 (w₁ = ${w1}, w₂ = ${w2}, b = ${b}).`,
    legendClass0: 'y = 0',
    legendClass1: 'y = 1',
    legendCurrent: '현재 예제',
    legendLineBefore: '갱신 전 경계',
    legendLineAfter: '갱신 후 경계',
    data: '데이터와 시작점',
    m: '예제 수 m',
    seed: '시드',
    newData: '새 데이터',
    learningRate: '학습률 α',
    comparisonTitle: '엔진과 비교하기',
    comparisonWaiting:
      '마지막 줄까지 가면(끝까지 실행) 이 반복문의 결과를 엔진의 두 구현과 비교합니다.',
    comparisonColumns: {
      quantity: '값',
      stepped: '여기서 한 줄씩',
      loop: 'loopGradientStep',
      vectorised: 'vectorisedGradientStep',
    },
    comparisonSummary: ({ difference, exact }) =>
      `${exact ? '한 줄씩 실행한 반복문과 loopGradientStep은 정확히 같습니다. ' : ''}벡터화된 단계와의 가장 큰 차이: ${difference}.`,
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
