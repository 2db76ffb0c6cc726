import type { Localized } from '../../i18n/locale.ts';
import type { PresetName } from '../../../src/train/learning-rate-presets.ts';
import type { RunVerdict } from '../../../src/train/descent-2d.ts';

/** Numbers arrive formatted, so both languages show the same digits. */
interface DescentStrings {
  title: string;
  loading: string;
  failed: (p: { message: string }) => string;
  retry: string;
  dataSummary: (p: { m: string; zeros: string; ones: string; accuracy: string }) => string;
  plotLabel: (p: {
    wMin: string;
    wMax: string;
    bMin: string;
    bMax: string;
    minW: string;
    minB: string;
    minJ: string;
    levels: string;
  }) => string;
  pathLabel: (p: { step: number; w: string; b: string; J: string }) => string;
  clickHint: string;
  startW: string;
  startB: string;
  steps: string;
  learningRate: string;
  presetsLabel: string;
  presetNames: Record<PresetName, string>;
  presetTitle: (p: { times: string; alpha: string }) => string;
  presetMissing: string;
  curvature: (p: { lambda: string; good: string; twice: string }) => string;
  computingPresets: string;
  step: string;
  run: string;
  pause: string;
  reset: string;
  readStep: string;
  verdictTitle: string;
  verdicts: Record<RunVerdict, string>;
  runSummary: (p: {
    steps: number;
    J0: string;
    Jn: string;
    rises: number;
    crossings: number;
  }) => string;
  divergence: (p: { J0: string; J: string; step: number }) => string;
  legendPath: string;
  legendStart: string;
  legendMinimum: string;
  legendContours: string;
  tableSummary: string;
  tableCaption: string;
  badLink: (p: { fields: string }) => string;
}

export const strings: Localized<DescentStrings> = {
  en: {
    title: 'Gradient descent on J(w, b) for MNIST 0s and 1s',
    loading: 'Loading MNIST and computing J over a 64 × 64 grid of (w, b)…',
    failed: ({ message }) => `The cost surface could not be computed: ${message}`,
    retry: 'Try again',
    dataSummary: ({ m, zeros, ones, accuracy }) =>
      `${m} training images (${zeros} zeros, ${ones} ones), one feature each: standardised mean ink. At the minimum the model classifies ${accuracy} of them correctly.`,
    plotLabel: ({ wMin, wMax, bMin, bMax, minW, minB, minJ, levels }) =>
      `Contour plot of the cost J(w, b) for w from ${wMin} to ${wMax} and b from ${bMin} to ${bMax}. The minimum is at w = ${minW}, b = ${minB}, where J = ${minJ}. Contour lines at J = ${levels}.`,
    pathLabel: ({ step, w, b, J }) => `After step ${step}: w = ${w}, b = ${b}, J = ${J}.`,
    clickHint: 'Click the plot to start from there, or type a start point.',
    startW: 'Start w',
    startB: 'Start b',
    steps: 'Steps',
    learningRate: 'Learning rate α',
    presetsLabel: 'Learning-rate presets',
    presetNames: { slow: 'Slow', good: 'Good', oscillating: 'Oscillating', diverging: 'Diverging' },
    presetTitle: ({ times, alpha }) => `α = ${times} / λ = ${alpha}`,
    presetMissing: 'none found from this start',
    curvature: ({ lambda, good, twice }) =>
      `At the minimum the steepest curvature of J is λ = ${lambda}, so 1/λ = ${good} and 2/λ = ${twice}.`,
    computingPresets: 'Finding the presets for this start…',
    step: 'Step',
    run: 'Run',
    pause: 'Pause',
    reset: 'Reset',
    readStep: 'Step',
    verdictTitle: 'This run',
    verdicts: {
      slow: 'Slow: every step goes downhill, but after the last step the path is still far from the minimum.',
      good: 'Good: steadily downhill, and it reaches the minimum.',
      oscillating:
        'Oscillating: the steps overshoot — the path jumps back and forth across the valley (or J goes up on some steps) before it settles.',
      diverging:
        'Diverging: J climbs far above where it started. The steps are so long that they leap over the valley and land higher on the other side.',
    },
    runSummary: ({ steps, J0, Jn, rises, crossings }) =>
      `Over ${steps} steps J goes from ${J0} to ${Jn}; it rises on ${rises} steps and the path crosses the valley floor ${crossings} time${crossings === 1 ? '' : 's'}.`,
    divergence: ({ J0, J, step }) =>
      `J has blown up: it reached ${J} at step ${step}, far above the starting ${J0}. Lower α (try the Good preset).`,
    legendPath: 'descent path (dots: steps)',
    legendStart: 'start (square)',
    legendMinimum: 'minimum (×)',
    legendContours: 'contour lines of J',
    tableSummary: 'The path as a table',
    tableCaption: 'w, b, J and the gradient at each step shown so far',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default was used instead.`,
  },
  ko: {
    title: 'MNIST 0과 1에 대한 J(w, b) 위의 경사 하강법',
    loading: 'MNIST를 불러오고 (w, b) 64 × 64 격자에서 J를 계산하는 중…',
    failed: ({ message }) => `비용 곡면을 계산하지 못했습니다: ${message}`,
    retry: '다시 시도',
    dataSummary: ({ m, zeros, ones, accuracy }) =>
      `학습 이미지 ${m}장(0이 ${zeros}장, 1이 ${ones}장), 이미지마다 특성 하나: 표준화한 평균 잉크양. 최솟값에서 모델은 이 중 ${accuracy}를 맞게 분류합니다.`,
    plotLabel: ({ wMin, wMax, bMin, bMax, minW, minB, minJ, levels }) =>
      `w는 ${wMin}부터 ${wMax}까지, b는 ${bMin}부터 ${bMax}까지에서 비용 J(w, b)의 등고선 그림. 최솟값은 w = ${minW}, b = ${minB}에 있고 그때 J = ${minJ}입니다. 등고선 값: J = ${levels}.`,
    pathLabel: ({ step, w, b, J }) => `${step}단계 후: w = ${w}, b = ${b}, J = ${J}.`,
    clickHint: '그림을 클릭하면 그 점에서 출발합니다. 출발점을 직접 입력해도 됩니다.',
    startW: '출발 w',
    startB: '출발 b',
    steps: '단계 수',
    learningRate: '학습률 α',
    presetsLabel: '학습률 예시',
    presetNames: { slow: '느림', good: '적당함', oscillating: '진동', diverging: '발산' },
    presetTitle: ({ times, alpha }) => `α = ${times} / λ = ${alpha}`,
    presetMissing: '이 출발점에서는 찾지 못함',
    curvature: ({ lambda, good, twice }) =>
      `최솟값에서 J의 가장 가파른 곡률은 λ = ${lambda}이므로 1/λ = ${good}, 2/λ = ${twice}입니다.`,
    computingPresets: '이 출발점에 맞는 예시를 찾는 중…',
    step: '한 단계',
    run: '실행',
    pause: '일시 정지',
    reset: '처음으로',
    readStep: '단계',
    verdictTitle: '이번 실행',
    verdicts: {
      slow: '느림: 매 단계 내리막이지만, 마지막 단계 뒤에도 최솟값에서 아직 멉니다.',
      good: '적당함: 꾸준히 내려가 최솟값에 도착합니다.',
      oscillating:
        '진동: 걸음이 지나쳐서 경로가 골짜기를 가로질러 왔다 갔다 하거나(또는 몇 단계에서 J가 올라가거나) 한 뒤에 자리를 잡습니다.',
      diverging:
        '발산: J가 출발할 때보다 훨씬 높아집니다. 걸음이 너무 길어서 골짜기를 뛰어넘어 반대편 더 높은 곳에 떨어집니다.',
    },
    runSummary: ({ steps, J0, Jn, rises, crossings }) =>
      `${steps}단계 동안 J는 ${J0}에서 ${Jn}(으)로 바뀝니다. J가 올라간 단계는 ${rises}번, 경로가 골짜기 바닥을 가로지른 횟수는 ${crossings}번입니다.`,
    divergence: ({ J0, J, step }) =>
      `J가 폭증했습니다: ${step}단계에서 ${J}까지 올라 출발값 ${J0}보다 훨씬 큽니다. α를 낮춰 보세요(적당함 예시를 눌러 보세요).`,
    legendPath: '하강 경로 (점: 단계)',
    legendStart: '출발점 (네모)',
    legendMinimum: '최솟값 (×)',
    legendContours: 'J의 등고선',
    tableSummary: '경로를 표로 보기',
    tableCaption: '지금까지 보인 각 단계의 w, b, J와 기울기',
    badLink: ({ fields }) => `링크의 일부(${fields})를 쓸 수 없어 기본값을 사용했습니다.`,
  },
};
