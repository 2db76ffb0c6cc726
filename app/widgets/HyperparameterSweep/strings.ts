import type { Localized } from '../../i18n/locale.ts';
import type { SweepDataset, Swept, SweptValue } from './settings.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type ColumnKey =
  'run' | 'data' | 'swept' | 'value' | 'finalCost' | 'trainAccuracy' | 'iterations' | 'divergedAt';

export interface HyperStrings {
  title: string;
  setup: string;
  dataset: string;
  datasetNames: Record<SweepDataset, string>;
  sweep: string;
  sweptNames: Record<Swept, string>;
  values: string;
  valuesHint(p: { swept: Swept }): string;
  valueErrors: Record<'empty' | 'too-many' | 'bad-value', string>;
  badItem(p: { item: string }): string;
  fixed: string;
  fixedNote: string;
  learningRate: string;
  iterations: string;
  hidden: string;
  layers: string;
  activation: string;
  seed: string;
  invalidNumber: string;
  run: string;
  stop: string;
  phase: Record<'ready' | 'running' | 'stopped' | 'finished', string>;
  progress(p: { done: number; total: number }): string;
  label(p: { swept: Swept; value: SweptValue }): string;
  tableTitle: string;
  tableCaption: string;
  sortHint: string;
  columns: Record<ColumnKey, string>;
  yes(p: { step: number }): string;
  no: string;
  noResults: string;
  clear: string;
  badLink(p: { fields: string }): string;
}

const valueLabel = (swept: Swept, value: SweptValue, layersWord: (n: number) => string) => {
  switch (swept) {
    case 'lr':
      return `α = ${value}`;
    case 'iterations':
      return `${value} it.`;
    case 'hidden':
      return `n = ${value}`;
    case 'layers':
      return layersWord(Number(value));
    case 'activation':
      return `g = ${value}`;
  }
};

export const strings: Localized<HyperStrings> = {
  en: {
    title: 'A hyperparameter sweep',
    setup: 'What to sweep',
    dataset: 'Data set',
    datasetNames: {
      flower: 'flower',
      moons: 'moons',
      circles: 'circles',
      spiral: 'spiral',
      xor: 'XOR',
    },
    sweep: 'Hyperparameter',
    sweptNames: {
      lr: 'learning rate α',
      iterations: 'iterations',
      hidden: 'hidden units per layer n[l]',
      layers: 'hidden layers (L − 1)',
      activation: 'hidden activation g',
    },
    values: 'Values to try',
    valuesHint: ({ swept }) =>
      swept === 'activation'
        ? 'Up to 8 of tanh, relu, leaky-relu, sigmoid, separated by commas.'
        : 'Up to 8 numbers separated by commas.',
    valueErrors: {
      empty: 'Type at least one value.',
      'too-many': 'At most 8 values at a time.',
      'bad-value': 'A value is not usable here.',
    },
    badItem: ({ item }) => `“${item}” is not usable for this hyperparameter.`,
    fixed: 'The others, held fixed',
    fixedNote: 'The swept hyperparameter’s own field is not used.',
    learningRate: 'Learning rate α',
    iterations: 'Iterations',
    hidden: 'Hidden units per layer',
    layers: 'Hidden layers',
    activation: 'Hidden activation',
    seed: 'Seed',
    invalidNumber: 'Not a usable value: the previous one is kept.',
    run: 'Run the sweep',
    stop: 'Stop',
    phase: {
      ready: 'Ready.',
      running: 'Training in the worker…',
      stopped: 'Stopped.',
      finished: 'Finished: results added to the table.',
    },
    progress: ({ done, total }) => `${done} of ${total} runs finished.`,
    label: ({ swept, value }) =>
      valueLabel(swept, value, (n) => `${n} hidden layer${n === 1 ? '' : 's'}`),
    tableTitle: 'Results of every run',
    tableCaption:
      'Results of every run so far, newest sweep included. Sort by pressing a column header.',
    sortHint: 'Sort by this column',
    columns: {
      run: 'Run',
      data: 'Data set',
      swept: 'Swept',
      value: 'Value',
      finalCost: 'Final cost J',
      trainAccuracy: 'Train accuracy',
      iterations: 'Iterations',
      divergedAt: 'Diverged?',
    },
    yes: ({ step }) => `yes, at step ${step}`,
    no: 'no',
    noResults: 'No results yet: run a sweep.',
    clear: 'Clear results',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '하이퍼파라미터 스윕',
    setup: '스윕할 대상',
    dataset: '데이터 세트',
    datasetNames: { flower: '꽃', moons: '반달', circles: '동심원', spiral: '나선', xor: 'XOR' },
    sweep: '하이퍼파라미터',
    sweptNames: {
      lr: '학습률 α',
      iterations: '반복 횟수',
      hidden: '층당 은닉 유닛 수 n[l]',
      layers: '은닉층 수 (L − 1)',
      activation: '은닉층 활성화 함수 g',
    },
    values: '시험할 값',
    valuesHint: ({ swept }) =>
      swept === 'activation'
        ? 'tanh, relu, leaky-relu, sigmoid 중 최대 8개를 쉼표로 구분해 적으세요.'
        : '숫자를 최대 8개까지 쉼표로 구분해 적으세요.',
    valueErrors: {
      empty: '값을 하나 이상 적으세요.',
      'too-many': '한 번에 최대 8개까지 시험할 수 있습니다.',
      'bad-value': '여기에 쓸 수 없는 값이 있습니다.',
    },
    badItem: ({ item }) => `“${item}”은(는) 이 하이퍼파라미터에 쓸 수 없습니다.`,
    fixed: '고정할 나머지 값',
    fixedNote: '스윕하는 하이퍼파라미터의 칸은 쓰이지 않습니다.',
    learningRate: '학습률 α',
    iterations: '반복 횟수',
    hidden: '층당 은닉 유닛 수',
    layers: '은닉층 수',
    activation: '은닉층 활성화 함수',
    seed: '시드',
    invalidNumber: '사용할 수 없는 값이라 이전 값을 유지합니다.',
    run: '스윕 실행',
    stop: '멈춤',
    phase: {
      ready: '준비됨.',
      running: '워커에서 학습하는 중…',
      stopped: '멈췄습니다.',
      finished: '끝났습니다. 결과를 표에 추가했습니다.',
    },
    progress: ({ done, total }) => `실행 ${total}개 중 ${done}개 완료.`,
    label: ({ swept, value }) => valueLabel(swept, value, (n) => `은닉층 ${n}개`),
    tableTitle: '모든 실행 결과',
    tableCaption:
      '지금까지의 모든 실행 결과(최근 스윕 포함). 열 머리글을 누르면 그 열로 정렬합니다.',
    sortHint: '이 열로 정렬',
    columns: {
      run: '실행',
      data: '데이터',
      swept: '스윕 대상',
      value: '값',
      finalCost: '최종 비용 J',
      trainAccuracy: '학습 정확도',
      iterations: '반복 횟수',
      divergedAt: '발산?',
    },
    yes: ({ step }) => `예, ${step}번째 단계`,
    no: '아니요',
    noResults: '아직 결과가 없습니다. 스윕을 실행해 보세요.',
    clear: '결과 지우기',
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};

export { pct };
