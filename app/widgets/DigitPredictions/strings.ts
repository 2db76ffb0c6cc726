import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  drawPrompt: string;
  waiting: string;
  networkSays: string;
  testOrigin(p: { index: number; label: number }): string;
  topLine(p: { digit: number; pct: string }): string;
  noGuess: string;
  topMark: string;
  barsLabel(p: { model: string }): string;
  outputKind: Record<DigitModelKind, string>;
  sum(p: { total: string; kind: DigitModelKind }): string;
  said(p: { kind: DigitModelKind; digit: number; pct: string }): string;
  pct(p: { x: number }): string;
}> = {
  en: {
    drawPrompt: 'Draw a digit',
    waiting: 'Waiting for the model…',
    networkSays: 'The network reads',
    testOrigin: ({ index, label }) => `Test image #${index}, labelled ${label}.`,
    topLine: ({ digit, pct }) => `Most likely ${digit} (${pct})`,
    noGuess: 'No guess: the pad is empty.',
    topMark: '(most likely)',
    barsLabel: ({ model }) => `${model}: the ten outputs`,
    outputKind: {
      hidden: 'Softmax outputs: probabilities that add up to 1.',
      'one-vs-all': 'Ten separate sigmoid outputs, one per digit: they need not add up to 1.',
    },
    sum: ({ total, kind }) =>
      kind === 'hidden'
        ? `Softmax: the ten probabilities add up to ${total}.`
        : `Ten separate sigmoids: together they add up to ${total}, not necessarily 1.`,
    said: ({ kind, digit, pct }) =>
      `${kind === 'hidden' ? 'Hidden-layer network' : 'One-vs-all'}: ${digit} (${pct}).`,
    pct: ({ x }) => `${(x * 100).toFixed(1)}%`,
  },
  ko: {
    drawPrompt: '숫자를 그려 보세요',
    waiting: '모델을 기다리는 중…',
    networkSays: '신경망의 판단',
    testOrigin: ({ index, label }) => `테스트 이미지 #${index}, 레이블 ${label}.`,
    topLine: ({ digit, pct }) => `가장 유력: ${digit} (${pct})`,
    noGuess: '추측 없음: 패드가 비어 있습니다.',
    topMark: '(가장 유력)',
    barsLabel: ({ model }) => `${model}: 출력 10개`,
    outputKind: {
      hidden: '소프트맥스 출력: 합이 1인 확률입니다.',
      'one-vs-all': '숫자마다 따로 계산한 시그모이드 출력 10개: 합이 1일 필요가 없습니다.',
    },
    sum: ({ total, kind }) =>
      kind === 'hidden'
        ? `소프트맥스: 확률 10개의 합은 ${total}입니다.`
        : `따로 계산한 시그모이드 10개: 합은 ${total}이며 1일 필요가 없습니다.`,
    said: ({ kind, digit, pct }) =>
      `${kind === 'hidden' ? '은닉층 신경망' : '일대다'}: ${digit} (${pct}).`,
    pct: ({ x }) => `${(x * 100).toFixed(1)}%`,
  },
};
