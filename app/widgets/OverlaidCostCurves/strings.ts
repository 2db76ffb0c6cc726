import type { Localized } from '../../i18n/locale.ts';

const num = (x: number) =>
  !Number.isFinite(x) ? String(x) : Math.abs(x) >= 1000 ? x.toExponential(2) : x.toFixed(4);

export const strings: Localized<{
  iteration: string;
  cost: string;
  curvesEmpty: string;
  curvesSummary(p: { parts: string[] }): string;
  runSummary(p: {
    label: string;
    iteration: number;
    cost: number | null;
    divergedAt: number | null;
  }): string;
  legendStatus(p: { iteration: number; cost: number | null; divergedAt: number | null }): string;
  divergedNotice(p: { labels: string[] }): string;
}> = {
  en: {
    iteration: 'iteration',
    cost: 'cost J',
    curvesEmpty: 'Cost curves: nothing trained yet.',
    curvesSummary: ({ parts }) => `Cost curves of ${parts.length} runs. ${parts.join(' ')}`,
    runSummary: ({ label, iteration, cost, divergedAt }) =>
      divergedAt !== null
        ? `${label}: diverged at step ${divergedAt}.`
        : `${label}: cost ${cost === null ? 'unknown' : num(cost)} after ${iteration} iterations.`,
    legendStatus: ({ iteration, cost, divergedAt }) =>
      divergedAt !== null
        ? `diverged at step ${divergedAt}`
        : cost === null
          ? '—'
          : `J = ${num(cost)} at ${iteration}`,
    divergedNotice: ({ labels }) =>
      `Diverged: ${labels.join(', ')}. The cost became too large or not a number, so training stopped; the cross marks the last finite cost (off the top of the plot if it was large).`,
  },
  ko: {
    iteration: '반복 횟수',
    cost: '비용 J',
    curvesEmpty: '비용 곡선: 아직 학습하지 않았습니다.',
    curvesSummary: ({ parts }) => `실행 ${parts.length}개의 비용 곡선. ${parts.join(' ')}`,
    runSummary: ({ label, iteration, cost, divergedAt }) =>
      divergedAt !== null
        ? `${label}: ${divergedAt}번째 단계에서 발산.`
        : `${label}: ${iteration}번 반복 후 비용 ${cost === null ? '알 수 없음' : num(cost)}.`,
    legendStatus: ({ iteration, cost, divergedAt }) =>
      divergedAt !== null
        ? `${divergedAt}번째 단계에서 발산`
        : cost === null
          ? '—'
          : `반복 ${iteration}에서 J = ${num(cost)}`,
    divergedNotice: ({ labels }) =>
      `발산: ${labels.join(', ')}. 비용이 너무 커지거나 숫자가 아니게 되어 학습을 멈췄습니다. ✕ 표시는 마지막 유한한 비용의 위치입니다(값이 크면 그림 위쪽 끝에 표시).`,
  },
};
