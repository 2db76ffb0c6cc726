import type { Localized } from '../../i18n/locale.ts';

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));

export const strings: Localized<{
  iteration: string;
  cost: string;
  empty: string;
  summary(p: { points: number; lastIteration: number; first: number; last: number }): string;
}> = {
  en: {
    iteration: 'iteration',
    cost: 'cost J',
    empty: 'Cost curve: no training yet.',
    summary: ({ points, lastIteration, first, last }) =>
      `Cost curve over ${points} recorded steps up to iteration ${lastIteration}: the cost went from ${fmt(first)} to ${fmt(last)}.`,
  },
  ko: {
    iteration: '반복 횟수',
    cost: '비용 J',
    empty: '비용 곡선: 아직 학습하지 않았습니다.',
    summary: ({ points, lastIteration, first, last }) =>
      `비용 곡선: ${lastIteration}번째 반복까지 기록된 ${points}개 단계에서 비용이 ${fmt(first)}에서 ${fmt(last)}(으)로 바뀌었습니다.`,
  },
};
