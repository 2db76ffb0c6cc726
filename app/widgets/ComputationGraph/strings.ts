import type { Localized } from '../../i18n/locale.ts';

/** The graph widget's interface, shared by lessons 6 and 7. Numbers arrive formatted. */
interface GraphStrings {
  controlsLabel: string;
  forward: string;
  backward: string;
  step: string;
  skip: string;
  showAll: string;
  reset: string;
  showNudges: string;
  keyboardHint: string;
  statusIdle: string;
  statusForward: (p: { items: string }) => string;
  statusBackward: (p: { items: string }) => string;
  statusDone: string;
  hidden: string;
  hiddenLong: string;
  graphSummary: (p: { shown: string }) => string;
  nothingShown: string;
  tableCaption: string;
  colNode: string;
  colComputed: string;
  colValue: string;
  colGrad: (p: { output: string }) => string;
  colNudge: string;
  given: string;
  label: string;
  notDifferentiated: string;
  nudgeButton: (p: { node: string; h: string }) => string;
  nudgeResult: (p: {
    output: string;
    before: string;
    after: string;
    h: string;
    ratio: string;
  }) => string;
  nudgeUndefined: string;
  legendForward: string;
  legendBackward: string;
  legendNudge: string;
}

export const strings: Localized<GraphStrings> = {
  en: {
    controlsLabel: 'Forward and backward passes',
    forward: 'Forward ▶',
    backward: '◀ Backward',
    step: 'Step',
    skip: 'Skip animation',
    showAll: 'Show all',
    reset: 'Hide values',
    showNudges: 'Show the nudge check on every node',
    keyboardHint:
      'Step reveals one level of the graph at a time: first the values, then the derivatives.',
    statusIdle: 'Only the inputs are known. Press Forward or Step.',
    statusForward: ({ items }) => `Forward: ${items}.`,
    statusBackward: ({ items }) => `Backward: ${items}.`,
    statusDone: 'Both passes are complete.',
    hidden: '?',
    hiddenLong: 'not computed yet',
    graphSummary: ({ shown }) => `Computation graph. ${shown}`,
    nothingShown: 'Only the inputs are shown so far.',
    tableCaption: 'Every node: its value, its derivative and a nudge check',
    colNode: 'node',
    colComputed: 'computed as',
    colValue: 'value',
    colGrad: ({ output }) => `d${output}/d(node)`,
    colNudge: 'nudge check',
    given: 'given',
    label: 'label (not a variable)',
    notDifferentiated: 'not differentiated',
    nudgeButton: ({ node, h }) => `Nudge ${node} by ${h}`,
    nudgeResult: ({ output, before, after, h, ratio }) =>
      `${output}: ${before} → ${after}; change ÷ ${h} = ${ratio}`,
    nudgeUndefined: 'not defined here (the nudged value leaves the function’s domain)',
    legendForward: '= value (forward)',
    legendBackward: 'd… derivative (backward)',
    legendNudge: '≈ nudge check',
  },
  ko: {
    controlsLabel: '순전파와 역전파',
    forward: '순전파 ▶',
    backward: '◀ 역전파',
    step: '한 단계',
    skip: '애니메이션 건너뛰기',
    showAll: '모두 보기',
    reset: '값 숨기기',
    showNudges: '모든 노드에 밀기 확인 보이기',
    keyboardHint: '"한 단계"는 그래프를 한 층씩 보여 줍니다. 먼저 값, 그다음 도함수입니다.',
    statusIdle: '지금은 입력값만 알고 있습니다. 순전파나 한 단계를 누르세요.',
    statusForward: ({ items }) => `순전파: ${items}.`,
    statusBackward: ({ items }) => `역전파: ${items}.`,
    statusDone: '두 방향의 계산이 모두 끝났습니다.',
    hidden: '?',
    hiddenLong: '아직 계산하지 않음',
    graphSummary: ({ shown }) => `계산 그래프. ${shown}`,
    nothingShown: '아직 입력값만 보입니다.',
    tableCaption: '모든 노드의 값, 도함수, 밀기 확인',
    colNode: '노드',
    colComputed: '계산식',
    colValue: '값',
    colGrad: ({ output }) => `d${output}/d(노드)`,
    colNudge: '밀기 확인',
    given: '입력',
    label: '레이블(변수가 아님)',
    notDifferentiated: '미분하지 않음',
    nudgeButton: ({ node, h }) => `${node} 값을 ${h}만큼 밀기`,
    nudgeResult: ({ output, before, after, h, ratio }) =>
      `${output}: ${before} → ${after}, 변화량 ÷ ${h} = ${ratio}`,
    nudgeUndefined: '여기서는 정의되지 않음(민 값이 함수의 정의역을 벗어남)',
    legendForward: '= 값(순전파)',
    legendBackward: 'd… 도함수(역전파)',
    legendNudge: '≈ 밀기 확인',
  },
};
