import type { Localized } from '../../i18n/locale.ts';
import type { SessionStatus } from '../../engine/index.ts';

export const strings: Localized<{
  controls: string;
  train: string;
  pause: string;
  step: string;
  stepCount: string;
  reset: string;
  downloadModel: string;
  downloadModelHint: string;
  learningRate: string;
  speed: string;
  speeds: Record<'slow' | 'normal' | 'fast', string>;
  status: Record<SessionStatus, string>;
  iteration: string;
  cost: string;
  accuracy: string;
  errors: Record<'empty' | 'not-a-number' | 'not-positive' | 'too-large', string>;
  largeWarning: string;
  diverged(p: { iteration: number; cause: string }): string;
}> = {
  en: {
    controls: 'Training controls',
    train: 'Train',
    pause: 'Pause',
    step: 'Step',
    stepCount: 'Steps per click',
    reset: 'Reset',
    downloadModel: 'Model file',
    downloadModelHint:
      'Download the current weights as a model file (JSON: W as rows, b, activations), readable from numpy',
    learningRate: 'Learning rate α',
    speed: 'Speed',
    speeds: {
      slow: 'Slow (30 steps/s)',
      normal: 'Normal (300 steps/s)',
      fast: 'As fast as possible',
    },
    status: {
      configuring: 'Preparing…',
      idle: 'Ready',
      running: 'Training…',
      paused: 'Paused',
      done: 'Finished',
      diverged: 'Diverged',
      failed: 'Could not start',
    },
    iteration: 'Iteration',
    cost: 'Cost J',
    accuracy: 'Training accuracy',
    errors: {
      empty: 'Enter a learning rate, for example 0.1.',
      'not-a-number': 'The learning rate must be a number, for example 0.1.',
      'not-positive':
        'The learning rate must be greater than 0: gradient descent steps downhill by α times the slope.',
      'too-large':
        'That learning rate is too large to be meaningful; try a value between 0.001 and 10.',
    },
    largeWarning:
      'A learning rate this large usually makes gradient descent overshoot: watch the cost curve.',
    diverged: ({ iteration, cause }) =>
      `Training stopped at iteration ${iteration}: ${cause} Lower the learning rate and press Reset.`,
  },
  ko: {
    controls: '학습 조작',
    train: '학습',
    pause: '일시 정지',
    step: '한 단계',
    stepCount: '한 번에 진행할 단계 수',
    reset: '초기화',
    downloadModel: '모델 파일',
    downloadModelHint:
      '현재 가중치를 모델 파일(JSON: 행 단위의 W, b, 활성화 함수)로 내려받습니다. numpy로 읽을 수 있습니다',
    learningRate: '학습률 α',
    speed: '속도',
    speeds: { slow: '느리게 (초당 30단계)', normal: '보통 (초당 300단계)', fast: '최대한 빠르게' },
    status: {
      configuring: '준비 중…',
      idle: '준비됨',
      running: '학습 중…',
      paused: '일시 정지됨',
      done: '완료',
      diverged: '발산함',
      failed: '시작하지 못함',
    },
    iteration: '반복',
    cost: '비용 J',
    accuracy: '학습 정확도',
    errors: {
      empty: '학습률을 입력하세요. 예: 0.1',
      'not-a-number': '학습률은 숫자여야 합니다. 예: 0.1',
      'not-positive':
        '학습률은 0보다 커야 합니다. 경사 하강법은 기울기에 α를 곱한 만큼 내려갑니다.',
      'too-large': '의미 있는 학습률로 보기에는 너무 큽니다. 0.001에서 10 사이의 값을 써 보세요.',
    },
    largeWarning:
      '학습률이 이렇게 크면 경사 하강법이 최솟값을 지나치기 쉽습니다. 비용 곡선을 지켜보세요.',
    diverged: ({ iteration, cause }) =>
      `${iteration}번째 반복에서 학습을 멈췄습니다: ${cause} 학습률을 낮추고 초기화를 누르세요.`,
  },
};
