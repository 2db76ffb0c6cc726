import type { Localized } from '../../i18n/locale.ts';

/** Numbers arrive formatted (race-view.ts), so both languages show the same digits. */
interface RaceStrings {
  title: string;
  intro: string;
  settings: string;
  nx: string;
  nxHint: string;
  mFrom: string;
  mTo: string;
  reps: string;
  seed: string;
  run: string;
  rerun: string;
  cancel: string;
  idle: string;
  running: (p: { done: number; total: number; m: number }) => string;
  finished: (p: { total: number }) => string;
  cancelled: (p: { done: number; total: number }) => string;
  failed: (p: { message: string }) => string;
  skipped: (p: { ms: string; nx: number }) => string;
  progressLabel: string;
  plotLabel: (p: { nx: number; summary: string }) => string;
  plotPoint: (p: { m: string; loop: string; vectorised: string; ratio: string }) => string;
  axisM: string;
  axisTime: string;
  loop: string;
  vectorised: string;
  tableCaption: (p: { nx: number; reps: number }) => string;
  columns: {
    m: string;
    loop: string;
    vectorised: string;
    speedUp: string;
    difference: string;
  };
  emptyTable: string;
  badLink: (p: { fields: string }) => string;
}

export const strings: Localized<RaceStrings> = {
  en: {
    title: 'The race: for-loops against vectorised code',
    intro:
      'Each m gets fresh synthetic data X (n_x, m) from the seed; the worker times one gradient step of each implementation several times and keeps the median.',
    settings: 'Race settings',
    nx: 'Features n_x',
    nxHint: '784 is one MNIST image',
    mFrom: 'm from',
    mTo: 'm up to',
    reps: 'Repetitions',
    seed: 'Seed',
    run: 'Run the race',
    rerun: 'Run again',
    cancel: 'Cancel',
    idle: 'Not run yet: press Run the race.',
    running: ({ done, total, m }) => `Racing at m = ${m} (${done} of ${total} done)…`,
    finished: ({ total }) => `Finished: ${total} sizes timed.`,
    cancelled: ({ done, total }) => `Cancelled after ${done} of ${total} sizes.`,
    failed: ({ message }) => `The race stopped: ${message}`,
    skipped: ({ ms, nx }) =>
      `Skipped m = ${ms}: with n_x = ${nx}, X would be too large for this page.`,
    progressLabel: 'Race progress',
    plotLabel: ({ nx, summary }) =>
      `Log-log plot of the time of one gradient step against m, n_x = ${nx}. Loop: dashed line with squares; vectorised: solid line with circles. ${summary}`,
    plotPoint: ({ m, loop, vectorised, ratio }) =>
      `m = ${m}: loop ${loop}, vectorised ${vectorised}, ${ratio} faster`,
    axisM: 'examples m (log scale)',
    axisTime: 'time per step (log)',
    loop: 'for-loops',
    vectorised: 'vectorised',
    tableCaption: ({ nx, reps }) => `Measured times (median of ${reps}), n_x = ${nx}`,
    columns: {
      m: 'm',
      loop: 'loopGradientStep',
      vectorised: 'vectorisedGradientStep',
      speedUp: 'speed-up',
      difference: 'max |Δ dw|',
    },
    emptyTable: 'No measurements yet.',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '경주: for 반복문 대 벡터화 코드',
    intro:
      'm마다 시드로 새 합성 데이터 X (n_x, m)을 만들고, 워커가 두 구현의 경사 하강 한 단계를 여러 번 재서 중앙값을 씁니다.',
    settings: '경주 설정',
    nx: '특성 수 n_x',
    nxHint: '784는 MNIST 이미지 한 장',
    mFrom: 'm 시작',
    mTo: 'm 끝',
    reps: '반복 횟수',
    seed: '시드',
    run: '경주 시작',
    rerun: '다시 실행',
    cancel: '취소',
    idle: '아직 실행하지 않았습니다. 경주 시작을 누르세요.',
    running: ({ done, total, m }) => `m = ${m}에서 측정 중… (${total}개 중 ${done}개 완료)`,
    finished: ({ total }) => `완료: 크기 ${total}개를 측정했습니다.`,
    cancelled: ({ done, total }) => `${total}개 중 ${done}개를 측정한 뒤 취소했습니다.`,
    failed: ({ message }) => `경주가 멈췄습니다: ${message}`,
    skipped: ({ ms, nx }) =>
      `m = ${ms}은 건너뛰었습니다. n_x = ${nx}이면 X가 이 페이지에서 다루기에 너무 큽니다.`,
    progressLabel: '경주 진행 상황',
    plotLabel: ({ nx, summary }) =>
      `경사 하강 한 단계의 시간을 m에 대해 그린 로그-로그 그래프, n_x = ${nx}. 반복문: 사각형이 있는 점선, 벡터화: 원이 있는 실선. ${summary}`,
    plotPoint: ({ m, loop, vectorised, ratio }) =>
      `m = ${m}: 반복문 ${loop}, 벡터화 ${vectorised}, ${ratio} 빠름`,
    axisM: '예제 수 m (로그 눈금)',
    axisTime: '한 단계 시간 (로그)',
    loop: 'for 반복문',
    vectorised: '벡터화',
    tableCaption: ({ nx, reps }) => `측정한 시간 (${reps}회의 중앙값), n_x = ${nx}`,
    columns: {
      m: 'm',
      loop: 'loopGradientStep',
      vectorised: 'vectorisedGradientStep',
      speedUp: '속도 향상',
      difference: '최대 |Δ dw|',
    },
    emptyTable: '아직 측정값이 없습니다.',
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
