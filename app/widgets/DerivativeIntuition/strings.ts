import type { Localized } from '../../i18n/locale.ts';
import type { IntuitionFunctionName, NudgeProblem } from '../../../src/math/difference-quotient.ts';

/** Numbers arrive formatted, so both languages show the same digits. */
interface DerivativeStrings {
  title: string;
  badLink: (p: { fields: string }) => string;
  functionLegend: string;
  functionNames: Record<IntuitionFunctionName, string>;
  aLabel: string;
  aHint: (p: { min: string; max: string }) => string;
  aProblem: (p: { min: string; max: string }) => string;
  nudgeLabel: string;
  nudgeHint: string;
  nudgeProblems: Record<NudgeProblem, string>;
  shrink: string;
  grow: string;
  shrinkLabel: string;
  growLabel: string;
  dragHint: (p: { step: string; large: string }) => string;
  mainCaption: (p: { fn: string }) => string;
  mainSummary: (p: { fn: string; a: string; fa: string; exact: string }) => string;
  sliderLabel: string;
  sliderValueText: (p: { a: string; fa: string; exact: string }) => string;
  zoomCaption: string;
  zoomSummary: (p: {
    a: string;
    aNudged: string;
    fa: string;
    faNudged: string;
    height: string;
    width: string;
  }) => string;
  legendCurve: string;
  legendTangent: string;
  legendTriangle: string;
  readoutsLabel: string;
  height: string;
  width: string;
  heightShort: string;
  widthShort: string;
  aNudgedLabel: string;
  faLabel: string;
  faNudgedLabel: string;
  ratio: string;
  exact: string;
  difference: string;
  roundingOnly: string;
  verdict: (p: { ratio: string; exact: string; difference: string }) => string;
  tableSummary: string;
  tableCaption: (p: { fn: string; a: string }) => string;
  tableNudge: string;
  tableCurrent: string;
}

export const strings: Localized<DerivativeStrings> = {
  en: {
    title: 'Nudge a and read the slope',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default value is shown instead.`,
    functionLegend: 'Function f(a)',
    functionNames: { linear: '3a', square: 'a²', cube: 'a³', log: 'ln(a)' },
    aLabel: 'a',
    aHint: ({ min, max }) => `from ${min} to ${max}`,
    aProblem: ({ min, max }) => `Type a number from ${min} to ${max}.`,
    nudgeLabel: 'Nudge (the width)',
    nudgeHint: 'a small positive number, e.g. 0.001',
    nudgeProblems: {
      'not-a-number': 'Type a number, e.g. 0.001.',
      'not-positive': 'The nudge must be larger than 0.',
      'too-small': 'Below 1e-12 the subtraction is mostly rounding error; use a larger nudge.',
      'too-large': 'A nudge larger than 1 is no longer small; use 1 or less.',
    },
    shrink: '÷ 10',
    grow: '× 10',
    shrinkLabel: 'Make the nudge ten times smaller',
    growLabel: 'Make the nudge ten times larger',
    dragHint: ({ step, large }) =>
      `Drag along the curve, or focus the marker and use the arrow keys (a moves by ${step}, with Shift by ${large}).`,
    mainCaption: ({ fn }) => `f(a) = ${fn}, its tangent at a, and the nudge`,
    mainSummary: ({ fn, a, fa, exact }) =>
      `The curve f(a) = ${fn}. At a = ${a}, f(a) = ${fa} and the tangent's slope is f′(a) = ${exact}.`,
    sliderLabel: 'a on the curve',
    sliderValueText: ({ a, fa, exact }) => `a = ${a}, f(a) = ${fa}, f′(a) = ${exact}`,
    zoomCaption: 'Magnified: the height/width triangle',
    zoomSummary: ({ a, aNudged, fa, faNudged, height, width }) =>
      `Zoomed in between a = ${a} and a + nudge = ${aNudged}: f goes from ${fa} to ${faNudged}, a height of ${height} over a width of ${width}.`,
    legendCurve: 'f(a)',
    legendTangent: 'tangent, slope f′(a)',
    legendTriangle: 'height / width triangle',
    readoutsLabel: 'The triangle in numbers',
    height: 'height = f(a + nudge) − f(a)',
    width: 'width = nudge',
    heightShort: 'height',
    widthShort: 'width',
    aNudgedLabel: 'a + nudge',
    faLabel: 'f(a)',
    faNudgedLabel: 'f(a + nudge)',
    ratio: 'height / width',
    exact: 'exact slope f′(a)',
    difference: 'height / width − f′(a)',
    roundingOnly: 'rounding only: the triangle of a straight line gives the exact slope',
    verdict: ({ ratio, exact, difference }) =>
      `The nudge measures a slope of ${ratio}; the exact derivative is ${exact}; they differ by ${difference}.`,
    tableSummary: 'Shrink the nudge: a table',
    tableCaption: ({ fn, a }) =>
      `f(a) = ${fn} at a = ${a}: the measured slope for smaller and smaller nudges`,
    tableNudge: 'nudge',
    tableCurrent: '(current)',
  },
  ko: {
    title: 'a를 살짝 밀고 기울기 읽기',
    badLink: ({ fields }) => `링크의 일부(${fields})를 사용할 수 없어 기본값을 대신 보여 줍니다.`,
    functionLegend: '함수 f(a)',
    functionNames: { linear: '3a', square: 'a²', cube: 'a³', log: 'ln(a)' },
    aLabel: 'a',
    aHint: ({ min, max }) => `${min}부터 ${max}까지`,
    aProblem: ({ min, max }) => `${min}부터 ${max}까지의 수를 입력하세요.`,
    nudgeLabel: '밀기 크기(밑변)',
    nudgeHint: '작은 양수, 예: 0.001',
    nudgeProblems: {
      'not-a-number': '수를 입력하세요. 예: 0.001',
      'not-positive': '밀기 크기는 0보다 커야 합니다.',
      'too-small': '1e-12보다 작으면 뺄셈 결과가 대부분 반올림 오차입니다. 더 큰 값을 쓰세요.',
      'too-large': '1보다 크면 더 이상 "살짝"이 아닙니다. 1 이하로 입력하세요.',
    },
    shrink: '÷ 10',
    grow: '× 10',
    shrinkLabel: '밀기 크기를 10분의 1로',
    growLabel: '밀기 크기를 10배로',
    dragHint: ({ step, large }) =>
      `곡선을 따라 끌거나, 표시선에 초점을 두고 화살표 키를 누르세요(a가 ${step}씩, Shift를 함께 누르면 ${large}씩 움직입니다).`,
    mainCaption: ({ fn }) => `f(a) = ${fn}, a에서의 접선, 그리고 밀기`,
    mainSummary: ({ fn, a, fa, exact }) =>
      `곡선 f(a) = ${fn}. a = ${a}에서 f(a) = ${fa}이고 접선의 기울기는 f′(a) = ${exact}입니다.`,
    sliderLabel: '곡선 위의 a',
    sliderValueText: ({ a, fa, exact }) => `a = ${a}, f(a) = ${fa}, f′(a) = ${exact}`,
    zoomCaption: '확대: 높이/밑변 삼각형',
    zoomSummary: ({ a, aNudged, fa, faNudged, height, width }) =>
      `a = ${a}에서 a + 밀기 = ${aNudged}까지 확대한 모습: f는 ${fa}에서 ${faNudged}로 바뀌어, 밑변 ${width}에 높이 ${height}입니다.`,
    legendCurve: 'f(a)',
    legendTangent: '접선, 기울기 f′(a)',
    legendTriangle: '높이/밑변 삼각형',
    readoutsLabel: '삼각형을 수로 보기',
    height: '높이 = f(a + 밀기) − f(a)',
    width: '밑변 = 밀기 크기',
    heightShort: '높이',
    widthShort: '밑변',
    aNudgedLabel: 'a + 밀기',
    faLabel: 'f(a)',
    faNudgedLabel: 'f(a + 밀기)',
    ratio: '높이 / 밑변',
    exact: '정확한 기울기 f′(a)',
    difference: '높이 / 밑변 − f′(a)',
    roundingOnly: '반올림 오차일 뿐입니다. 직선의 삼각형은 정확한 기울기를 줍니다',
    verdict: ({ ratio, exact, difference }) =>
      `밀어서 잰 기울기는 ${ratio}, 정확한 도함수는 ${exact}, 둘의 차이는 ${difference}입니다.`,
    tableSummary: '밀기를 줄여 보기: 표',
    tableCaption: ({ fn, a }) => `a = ${a}에서 f(a) = ${fn}: 밀기를 점점 줄일 때 잰 기울기`,
    tableNudge: '밀기',
    tableCurrent: '(현재)',
  },
};
