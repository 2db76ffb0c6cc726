import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  title: string;
  intro: string;
  recipe(p: {
    layers: string;
    optimizer: string;
    rate: number;
    batch: number;
    epochs: number;
    init: string;
  }): string;
  resume: string;
  again: string;
  stop: string;
  useNow: string;
  progressLabel(p: { model: string }): string;
  progressText(p: { epoch: string; epochs: number; step: number; steps: number }): string;
  epoch: string;
  testAccuracy: string;
  notStarted: string;
  inPad(p: { iteration: number }): string;
  exportFailed(p: { reason: string }): string;
}> = {
  en: {
    title: 'Train them yourself',
    intro:
      'Each button trains the model in your browser’s training worker, on all 60,000 MNIST training images, with exactly the recipe that made the shipped model; the test accuracy is measured on the 10,000 test images. When it finishes, the pad uses your model (the switch above the outputs brings back the shipped one). The first press downloads MNIST (about 55 MB).',
    recipe: ({ layers, optimizer, rate, batch, epochs, init }) =>
      `${layers}; ${optimizer}, α = ${rate}, mini-batches of ${batch}, ${epochs} epochs, ${init} initialisation.`,
    resume: 'Resume',
    again: 'Train again',
    stop: 'Stop',
    useNow: 'Use these weights in the pad',
    progressLabel: ({ model }) => `${model}: training progress`,
    progressText: ({ epoch, epochs, step, steps }) =>
      `epoch ${epoch} of ${epochs}, step ${step} of ${steps}`,
    epoch: 'Epoch',
    testAccuracy: 'Test accuracy',
    notStarted: 'Not started.',
    inPad: ({ iteration }) => `The pad uses the weights from step ${iteration}.`,
    exportFailed: ({ reason }) => `The trained weights could not be read back: ${reason}`,
  },
  ko: {
    title: '직접 학습시키기',
    intro:
      '버튼을 누르면 브라우저의 학습 워커에서 MNIST 학습 이미지 60,000장 전부로, 함께 제공된 모델을 만든 것과 똑같은 방법으로 모델을 학습합니다. 테스트 정확도는 테스트 이미지 10,000장으로 잽니다. 학습이 끝나면 패드가 내 모델을 씁니다(출력 위의 선택 상자로 제공된 모델로 되돌릴 수 있습니다). 처음 누를 때 MNIST(약 55 MB)를 내려받습니다.',
    recipe: ({ layers, optimizer, rate, batch, epochs, init }) =>
      `${layers}; ${optimizer}, α = ${rate}, 미니배치 ${batch}개, 에포크 ${epochs}번, ${init} 초기화.`,
    resume: '이어서 학습',
    again: '다시 학습',
    stop: '중지',
    useNow: '이 가중치를 패드에서 쓰기',
    progressLabel: ({ model }) => `${model}: 학습 진행률`,
    progressText: ({ epoch, epochs, step, steps }) =>
      `에포크 ${epochs}번 중 ${epoch}, 단계 ${steps}개 중 ${step}`,
    epoch: '에포크',
    testAccuracy: '테스트 정확도',
    notStarted: '아직 시작하지 않았습니다.',
    inPad: ({ iteration }) => `패드는 ${iteration}번째 단계의 가중치를 씁니다.`,
    exportFailed: ({ reason }) => `학습한 가중치를 읽어 오지 못했습니다: ${reason}`,
  },
};
