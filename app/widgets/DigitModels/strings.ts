import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import type { NetworkConfig } from '../../../src/nn/types.ts';
import type { Localized } from '../../i18n/locale.ts';
import type { ModelSource } from './settings.ts';

/** The layers of a digit model in the notes' terms, e.g. "784 → 128 relu → 10 softmax". */
export function layersText(config: NetworkConfig): string {
  const sizes = config.layerSizes;
  return sizes
    .map((n, l) =>
      l === 0
        ? String(n)
        : `${n} ${l < sizes.length - 1 ? config.hiddenActivation : config.outputActivation}`,
    )
    .join(' → ');
}

/** Names shared by the lesson's widgets: the two models and where each comes from. */
export const strings: Localized<{
  modelName: Record<DigitModelKind, string>;
  shortName: Record<DigitModelKind, string>;
  source: Record<ModelSource, string>;
  sourceLabel(p: { model: string }): string;
  trainedMissing: string;
  loadingModel: string;
  modelFailed(p: { reason: string }): string;
  retry: string;
}> = {
  en: {
    modelName: {
      'one-vs-all': 'Ten one-vs-all logistic regressions',
      hidden: 'Network with a hidden layer',
    },
    shortName: { 'one-vs-all': 'One-vs-all', hidden: 'Hidden-layer network' },
    source: { shipped: 'Shipped model', trained: 'Trained here' },
    sourceLabel: ({ model }) => `${model}: which model`,
    trainedMissing:
      'The link asks for a model trained in this page, but none has been trained here yet: the shipped one is in use.',
    loadingModel: 'Loading the model…',
    modelFailed: ({ reason }) => `The model could not be loaded: ${reason}`,
    retry: 'Try again',
  },
  ko: {
    modelName: {
      'one-vs-all': '일대다 로지스틱 회귀 10개',
      hidden: '은닉층이 있는 신경망',
    },
    shortName: { 'one-vs-all': '일대다', hidden: '은닉층 신경망' },
    source: { shipped: '함께 제공된 모델', trained: '여기서 학습한 모델' },
    sourceLabel: ({ model }) => `${model}: 사용할 모델`,
    trainedMissing:
      '링크는 이 페이지에서 학습한 모델을 쓰라고 하지만 아직 여기서 학습한 모델이 없어 함께 제공된 모델을 씁니다.',
    loadingModel: '모델을 불러오는 중…',
    modelFailed: ({ reason }) => `모델을 불러오지 못했습니다: ${reason}`,
    retry: '다시 시도',
  },
};
