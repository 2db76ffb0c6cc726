import type { Localized } from '../../i18n/locale.ts';
import type { Model } from './settings.ts';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const cost = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

export const strings: Localized<{
  title: string;
  settings: string;
  iterations: string;
  iterationsHint: string;
  learningRate: string;
  seed: string;
  invalidNumber: string;
  run: string;
  stop: string;
  modelName(p: { model: Model }): string;
  shortName(p: { model: Model }): string;
  status: Record<'ready' | 'running' | 'stopped' | 'finished', string>;
  progress(p: { done: number; total: number }): string;
  took(p: { ms: number }): string;
  cellDescription(p: {
    model: Model;
    m: number;
    iteration: number;
    accuracy: number | null;
    finalCost: number | null;
  }): string;
  accuracyOf(p: { accuracy: number | null }): string;
  atIteration(p: { iteration: number }): string;
  divergedAt(p: { iteration: number }): string;
  tableCaption(p: { iterations: number }): string;
  columns: {
    model: string;
    accuracy: string;
    cost: string;
    iterations: string;
    course: string;
    first: string;
  };
  notYet: string;
  never: string;
  legend0: string;
  legend1: string;
  badLink(p: { fields: string }): string;
}> = {
  en: {
    title: 'Logistic regression and hidden layers of every size on the flower',
    settings: 'Sweep settings',
    iterations: 'Iterations per model',
    iterationsHint: 'The course trains for 10,000; a few hundred give a quick look.',
    learningRate: 'Learning rate α',
    seed: 'Seed (data and initial weights)',
    invalidNumber: 'Not a usable value: the previous one is kept.',
    run: 'Run the sweep',
    stop: 'Stop',
    modelName: ({ model }) =>
      model === null ? 'Logistic regression' : `${model} tanh hidden unit${model === 1 ? '' : 's'}`,
    shortName: ({ model }) => (model === null ? 'logistic regression' : `n[1] = ${model}`),
    status: {
      ready: 'Ready: press Run to train all eight models in the worker.',
      running: 'Training in the worker…',
      stopped: 'Stopped.',
      finished: 'Finished.',
    },
    progress: ({ done, total }) => `${done} of ${total} models finished.`,
    took: ({ ms }) => `The sweep took ${seconds(ms)} s in this browser.`,
    cellDescription: ({ model, m, iteration, accuracy, finalCost }) =>
      `Decision boundary of ${model === null ? 'logistic regression' : `a network with ${model} tanh hidden unit${model === 1 ? '' : 's'}`} over the ${m} flower points after ${iteration} iterations` +
      (accuracy === null
        ? '.'
        : `: training accuracy ${pct(accuracy)}, cost ${cost(finalCost ?? NaN)}.`),
    accuracyOf: ({ accuracy }) => (accuracy === null ? '—' : pct(accuracy)),
    atIteration: ({ iteration }) => `iteration ${iteration}`,
    divergedAt: ({ iteration }) => `diverged at step ${iteration}`,
    tableCaption: ({ iterations }) =>
      `Training accuracy and cost of every model after up to ${iterations} iterations, beside the course's reported accuracy.`,
    columns: {
      model: 'Model',
      accuracy: 'Our accuracy',
      cost: 'Final cost J',
      iterations: 'Iterations',
      course: "Course's accuracy",
      first: 'First ≥ 90% at iteration',
    },
    notYet: 'not yet',
    never: 'not reached',
    legend0: 'class y = 0 (orange, filled)',
    legend1: 'class y = 1 (blue, outlined)',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '꽃 데이터에서 로지스틱 회귀와 여러 크기의 은닉층',
    settings: '스윕 설정',
    iterations: '모델당 반복 횟수',
    iterationsHint: '강의는 10,000번 학습합니다. 빠르게 보려면 수백 번이면 충분합니다.',
    learningRate: '학습률 α',
    seed: '시드 (데이터와 초기 가중치)',
    invalidNumber: '사용할 수 없는 값이라 이전 값을 유지합니다.',
    run: '스윕 실행',
    stop: '멈춤',
    modelName: ({ model }) => (model === null ? '로지스틱 회귀' : `tanh 은닉 유닛 ${model}개`),
    shortName: ({ model }) => (model === null ? '로지스틱 회귀' : `n[1] = ${model}`),
    status: {
      ready: '준비됨: 실행을 누르면 워커에서 여덟 모델을 모두 학습합니다.',
      running: '워커에서 학습하는 중…',
      stopped: '멈췄습니다.',
      finished: '끝났습니다.',
    },
    progress: ({ done, total }) => `모델 ${total}개 중 ${done}개 완료.`,
    took: ({ ms }) => `이 브라우저에서 스윕에 ${seconds(ms)}초가 걸렸습니다.`,
    cellDescription: ({ model, m, iteration, accuracy, finalCost }) =>
      `${model === null ? '로지스틱 회귀' : `tanh 은닉 유닛 ${model}개인 신경망`}의 결정 경계, 꽃 데이터 점 ${m}개, ${iteration}번 반복 후` +
      (accuracy === null ? '.' : `: 학습 정확도 ${pct(accuracy)}, 비용 ${cost(finalCost ?? NaN)}.`),
    accuracyOf: ({ accuracy }) => (accuracy === null ? '—' : pct(accuracy)),
    atIteration: ({ iteration }) => `반복 ${iteration}`,
    divergedAt: ({ iteration }) => `${iteration}번째 단계에서 발산`,
    tableCaption: ({ iterations }) =>
      `모델마다 최대 ${iterations}번 반복한 뒤의 학습 정확도와 비용, 그리고 강의에서 보고한 정확도.`,
    columns: {
      model: '모델',
      accuracy: '우리 정확도',
      cost: '최종 비용 J',
      iterations: '반복 횟수',
      course: '강의의 정확도',
      first: '처음 90% 이상이 된 반복',
    },
    notYet: '아직',
    never: '도달 못 함',
    legend0: '클래스 y = 0 (주황, 채움)',
    legend1: '클래스 y = 1 (파랑, 테두리)',
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
