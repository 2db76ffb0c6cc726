import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  title: string;
  whose: string;
  loading: string;
  failed(p: { reason: string }): string;
  summary(p: {
    model: string;
    source: string;
    wrong: number;
    total: number;
    accuracy: string;
    shown: number;
  }): string;
  hint: string;
  gridLabel: string;
  itemLabel(p: { index: number; label: number; predicted: number; pct: string }): string;
  detail(p: { index: number; label: number; predicted: number; model: string }): string;
  toPad: string;
  outputsLabel(p: { index: number }): string;
}> = {
  en: {
    title: 'The test digits a model gets wrong',
    whose: 'Mistakes of',
    loading: 'Running the model on all 10,000 test images (MNIST loads first, about 55 MB once)…',
    failed: ({ reason }) => `The test set could not be checked: ${reason}`,
    summary: ({ model, source, wrong, total, accuracy, shown }) =>
      `${model} (${source.toLowerCase()}): ${wrong} of ${total.toLocaleString('en')} test digits wrong, a test accuracy of ${accuracy}%. The ${shown} it is surest about, first:`,
    hint: 'Each tile reads label → prediction (confidence). Arrow keys move between the tiles; Enter puts one on the pad.',
    gridLabel: 'Misclassified test digits',
    itemLabel: ({ index, label, predicted, pct }) =>
      `Test image #${index}: a ${label}, read as ${predicted} (${pct}%). Put it on the pad.`,
    detail: ({ index, label, predicted, model }) =>
      `Test image #${index} is on the pad: a ${label} that the ${model.toLowerCase()} reads as ${predicted}. Its outputs on the original image:`,
    toPad: 'Go to the pad',
    outputsLabel: ({ index }) => `Outputs for test image #${index}`,
  },
  ko: {
    title: '모델이 틀리는 테스트 숫자',
    whose: '누구의 실수',
    loading:
      '테스트 이미지 10,000장 전부에 모델을 돌리는 중입니다(먼저 MNIST를 한 번, 약 55 MB 내려받습니다)…',
    failed: ({ reason }) => `테스트 세트를 확인하지 못했습니다: ${reason}`,
    summary: ({ model, source, wrong, total, accuracy, shown }) =>
      `${model}(${source}): 테스트 숫자 ${total.toLocaleString('ko')}개 중 ${wrong}개를 틀려 테스트 정확도는 ${accuracy}%입니다. 가장 확신하며 틀린 ${shown}개부터:`,
    hint: '타일마다 레이블 → 예측(확신도)입니다. 화살표 키로 타일 사이를 옮기고 Enter로 패드에 올립니다.',
    gridLabel: '잘못 분류한 테스트 숫자',
    itemLabel: ({ index, label, predicted, pct }) =>
      `테스트 이미지 #${index}: ${label}인데 ${predicted}(으)로 읽음 (${pct}%). 패드에 올립니다.`,
    detail: ({ index, label, predicted, model }) =>
      `테스트 이미지 #${index}이(가) 패드에 있습니다: ${model}이(가) ${predicted}(으)로 읽는 ${label}입니다. 원래 이미지에 대한 출력:`,
    toPad: '패드로 가기',
    outputsLabel: ({ index }) => `테스트 이미지 #${index}의 출력`,
  },
};
