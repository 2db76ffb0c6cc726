import type { Localized } from '../../i18n/locale.ts';
import type { GradientVerdict } from '../../engine/index.ts';

export const strings: Localized<{
  title: string;
  forward: string;
  backward: string;
  shape: string;
  norm: string;
  entries: string;
  more: string;
  waiting: string;
  snapshotAt(p: { iteration: number; m: number }): string;
  meanDerivative: string;
  checkTitle: string;
  checkIntro: string;
  epsilon: string;
  run: string;
  running: string;
  relativeDifference: string;
  verdicts: Record<GradientVerdict, string>;
  checkDetails(p: { count: number; m: number; iteration: number }): string;
  norms: string;
  maxAbs: string;
  checkFailed(p: { message: string }): string;
  boundary(p: { m: number; accuracy: number | null }): string;
  legend0: string;
  legend1: string;
}> = {
  en: {
    title: 'Backpropagation, live, for one hidden layer',
    forward: 'Forward pass',
    backward: 'Backward pass',
    shape: 'shape',
    norm: 'norm',
    entries: 'entries',
    more: '…',
    waiting: 'Computing the first pass…',
    snapshotAt: ({ iteration, m }) =>
      `Values at iteration ${iteration}, on all m = ${m} examples (the engine's own forward and backward).`,
    meanDerivative: "mean of g[1]'(Z[1])",
    checkTitle: 'Gradient check',
    checkIntro:
      'Nudge every parameter θᵢ by ±ε, measure how the cost changes, and compare that slope with the gradient backpropagation computed. Runs in the worker in float64 on the current parameters.',
    epsilon: 'Nudge ε',
    run: 'Run gradient check',
    running: 'Checking…',
    relativeDifference: '‖g − g_approx‖ / (‖g‖ + ‖g_approx‖)',
    verdicts: {
      great: 'Below 10⁻⁷: backpropagation agrees with the nudges.',
      ok: 'Below 10⁻⁵: fine, though worth a second look with another ε.',
      suspicious:
        'Above 10⁻⁵: suspicious. In your own code this would point to a bug; here, try another ε.',
      zero: 'Both gradients are zero, so there is nothing to compare.',
    },
    checkDetails: ({ count, m, iteration }) =>
      `${count} parameters checked on ${m} examples at iteration ${iteration}.`,
    norms: '‖g‖ and ‖g_approx‖',
    maxAbs: 'largest |gᵢ − g_approx,ᵢ|',
    checkFailed: ({ message }) => `The check could not run: ${message}`,
    boundary: ({ m, accuracy }) =>
      `${m} training points in two classes over the network's predicted probability.` +
      (accuracy === null ? '' : ` Training accuracy ${(accuracy * 100).toFixed(1)}%.`),
    legend0: 'class y = 0',
    legend1: 'class y = 1',
  },
  ko: {
    title: '은닉층 하나짜리 신경망의 역전파, 실시간으로',
    forward: '순전파',
    backward: '역전파',
    shape: '모양',
    norm: '노름',
    entries: '원소',
    more: '…',
    waiting: '첫 계산을 하는 중…',
    snapshotAt: ({ iteration, m }) =>
      `${iteration}번째 반복의 값, 예제 m = ${m}개 전체 (엔진의 순전파와 역전파 그대로).`,
    meanDerivative: "g[1]'(Z[1])의 평균",
    checkTitle: '기울기 검사',
    checkIntro:
      '매개변수 θᵢ를 하나씩 ±ε만큼 살짝 움직여 비용이 변하는 기울기를 재고, 역전파가 계산한 기울기와 비교합니다. 현재 매개변수로 워커에서 float64로 계산합니다.',
    epsilon: '움직임 ε',
    run: '기울기 검사 실행',
    running: '검사 중…',
    relativeDifference: '‖g − g_approx‖ / (‖g‖ + ‖g_approx‖)',
    verdicts: {
      great: '10⁻⁷ 미만: 역전파가 수치 미분과 일치합니다.',
      ok: '10⁻⁵ 미만: 괜찮지만 다른 ε로 한 번 더 확인해 볼 만합니다.',
      suspicious:
        '10⁻⁵ 초과: 의심스럽습니다. 직접 짠 코드라면 버그를 뜻할 수 있습니다. 여기서는 다른 ε를 써 보세요.',
      zero: '두 기울기가 모두 0이어서 비교할 것이 없습니다.',
    },
    checkDetails: ({ count, m, iteration }) =>
      `${iteration}번째 반복에서 예제 ${m}개로 매개변수 ${count}개를 검사했습니다.`,
    norms: '‖g‖와 ‖g_approx‖',
    maxAbs: '가장 큰 |gᵢ − g_approx,ᵢ|',
    checkFailed: ({ message }) => `검사를 실행하지 못했습니다: ${message}`,
    boundary: ({ m, accuracy }) =>
      `신경망이 예측한 확률 위에 두 클래스의 학습 점 ${m}개.` +
      (accuracy === null ? '' : ` 학습 정확도 ${(accuracy * 100).toFixed(1)}%.`),
    legend0: '클래스 y = 0',
    legend1: '클래스 y = 1',
  },
};
