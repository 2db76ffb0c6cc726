import type { Localized } from '../../i18n/locale.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const strings: Localized<{
  controls: string;
  trainAll: string;
  pauseAll: string;
  stepAll: string;
  resetAll: string;
  accuracy: string;
  cost: string;
  iteration: string;
  curvePart(p: { label: string; iterations: number; first: number; last: number }): string;
  boundary(p: { label: string; m: number; accuracy: number | null }): string;
  badLink(p: { fields: string }): string;
}> = {
  en: {
    controls: 'Training controls for every network',
    trainAll: 'Train all',
    pauseAll: 'Pause all',
    stepAll: 'Step all',
    resetAll: 'Reset all',
    accuracy: 'Training accuracy',
    cost: 'Cost J',
    iteration: 'Iteration',
    curvePart: ({ label, iterations, first, last }) =>
      `${label}: cost ${first.toFixed(3)} at the start, ${last.toFixed(3)} after ${iterations} iterations.`,
    boundary: ({ label, m, accuracy }) =>
      `${label}: ${m} training points in two classes over the network's predicted probability.` +
      (accuracy === null ? '' : ` Training accuracy ${pct(accuracy)}.`),
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    controls: '모든 신경망의 학습 조작',
    trainAll: '모두 학습',
    pauseAll: '모두 일시 정지',
    stepAll: '모두 한 단계',
    resetAll: '모두 초기화',
    accuracy: '학습 정확도',
    cost: '비용 J',
    iteration: '반복',
    curvePart: ({ label, iterations, first, last }) =>
      `${label}: 처음 비용 ${first.toFixed(3)}, ${iterations}번 반복 뒤 ${last.toFixed(3)}.`,
    boundary: ({ label, m, accuracy }) =>
      `${label}: 신경망이 예측한 확률 위에 두 클래스의 학습 점 ${m}개.` +
      (accuracy === null ? '' : ` 학습 정확도 ${pct(accuracy)}.`),
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
