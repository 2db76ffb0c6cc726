import type { Part } from '../lessons/types.ts';
import type { Localized } from './locale.ts';

/** The shell's own interface strings (widgets keep theirs beside their code, in the same form). */
export const shellStrings: Localized<{
  appName: string;
  tagline: string;
  contents: string;
  showContents: string;
  hideContents: string;
  skipToContent: string;
  previous: string;
  next: string;
  lesson: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  switchToDark: string;
  switchToLight: string;
  language: string;
  loadingLesson: string;
  lessonFailed: string;
  retry: string;
  notFound: string;
  backToContents: string;
  keyboardHint: string;
  startHere: string;
  storageReset: string;
  dismiss: string;
  linkNoticeOk: string;
  wideEquation: string;
  exportPlots: string;
  exportNone: string;
  updateReady: string;
  updateReload: string;
  updateLater: string;
  present: string;
  presentHint: string;
  presentControls: string;
  presentPrevious: string;
  presentNext: string;
  presentStep(p: { current: number; total: number }): string;
  presentNoSteps: string;
  presentTrain: string;
  presentPause: string;
  presentStepOnce: string;
  presentReset: string;
  presentExit: string;
  share: string;
  shareCopied: string;
  shareFailed: string;
  lockedBy: string;
  lockedBanner(p: { names: string }): string;
  instructorLink: string;
  instructorLinkLegend: string;
  instructorLinkDefault: string;
  instructorLinkNone: string;
  instructorLinkAddress: string;
  instructorLinkCopy: string;
  instructorLinkCopied(p: { count: number }): string;
  instructorLinkFailed: string;
  linkOlder(p: { version: number; current: number }): string;
  linkOtherVersion(p: { version: string; current: number }): string;
  linkAllKept: string;
  linkDropped(p: { names: string }): string;
  linkUnknownLocks(p: { names: string }): string;
  progressVisited: string;
  progressAnswered(p: { count: number }): string;
  progressTitle: string;
  progressSummary(p: { visited: number; total: number; answered: number }): string;
  resetProgress: string;
  progressReset: string;
  workerRestarted(p: { reason: string }): string;
  /** The table of contents' part headings. */
  parts: Record<Part, string>;
}> = {
  en: {
    appName: 'Neural Notebook',
    tagline: 'Neural-network basics you can change and watch.',
    contents: 'Contents',
    showContents: 'Show contents',
    hideContents: 'Hide contents',
    skipToContent: 'Skip to the lesson',
    previous: 'Previous',
    next: 'Next',
    lesson: 'Lesson',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    switchToDark: 'Switch to the dark theme',
    switchToLight: 'Switch to the light theme',
    language: 'Language',
    loadingLesson: 'Loading the lesson…',
    lessonFailed: 'This lesson could not be loaded.',
    retry: 'Try again',
    notFound: 'There is no lesson at this address.',
    backToContents: 'Go to the contents',
    keyboardHint: 'Tip: the ← and → keys move between lessons.',
    startHere: 'Start with lesson',
    storageReset: 'Saved preferences could not be read and were reset.',
    dismiss: 'Dismiss',
    linkNoticeOk: 'OK',
    wideEquation: 'Equation (scroll sideways to read it all)',
    exportPlots: 'Export plots',
    exportNone: 'This lesson shows no plot right now.',
    updateReady: 'A new version of the notebook is ready.',
    updateReload: 'Reload now',
    updateLater: 'Later',
    present: 'Present',
    presentHint: 'Presentation mode (P): one widget at a time, large type, for projecting',
    presentControls: 'Presentation controls',
    presentPrevious: 'Previous step',
    presentNext: 'Next step',
    presentStep: ({ current, total }) => `Step ${current} of ${total}`,
    presentNoSteps: 'No widget in this lesson',
    presentTrain: 'Train',
    presentPause: 'Pause',
    presentStepOnce: 'Step',
    presentReset: 'Reset',
    presentExit: 'Exit',
    share: 'Share',
    shareCopied: 'Link copied: it opens this lesson with your settings.',
    shareFailed: 'Could not copy automatically; copy the address from this field:',
    lockedBy: 'Set by your instructor',
    lockedBanner: ({ names }) =>
      `Your instructor set these settings for this lesson; their controls are locked: ${names}.`,
    instructorLink: 'Instructor link',
    instructorLinkLegend: 'Lock these settings (students cannot change them)',
    instructorLinkDefault: 'default',
    instructorLinkNone: 'This lesson has no settings to lock.',
    instructorLinkAddress: 'Instructor link address',
    instructorLinkCopy: 'Copy instructor link',
    instructorLinkCopied: ({ count }) =>
      count === 1
        ? `Copied: it opens this lesson as it is now, with ${count} setting locked.`
        : `Copied: it opens this lesson as it is now, with ${count} settings locked.`,
    instructorLinkFailed: 'Could not copy automatically; copy the address from the field above.',
    linkOlder: ({ version, current }) =>
      `This link was made by an older version of the notebook (link version ${version}; this is version ${current}).`,
    linkOtherVersion: ({ version, current }) =>
      `This link names a version of the notebook this one does not know (“${version}”; this is version ${current}).`,
    linkAllKept: 'All its settings still apply and were kept.',
    linkDropped: ({ names }) =>
      `Settings that still apply were kept; these no longer exist or are no longer valid and are back at their defaults: ${names}.`,
    linkUnknownLocks: ({ names }) =>
      `This link locks settings this lesson does not have, so that part of it was ignored: lock = ${names}.`,
    progressVisited: '(visited)',
    progressAnswered: ({ count }) =>
      count === 1
        ? `(visited, ${count} question answered)`
        : `(visited, ${count} questions answered)`,
    progressTitle: 'Your progress',
    progressSummary: ({ visited, total, answered }) =>
      `On this device: lessons opened ${visited} of ${total}; questions answered ${answered}.`,
    resetProgress: 'Reset my progress',
    progressReset: 'Saved progress could not be read and was reset.',
    workerRestarted: ({ reason }) =>
      `The training worker stopped unexpectedly (${reason}) and was restarted. Training is paused; your settings and history are kept.`,
    parts: {
      logistic: 'Part I · Logistic regression as a neural network',
      shallow: 'Part II · Shallow neural networks',
      deep: 'Part III · Deep networks',
      digits: 'Part IV · Digits',
    },
  },
  ko: {
    appName: '뉴럴 노트북',
    tagline: '직접 바꾸고 지켜보며 배우는 신경망의 기초.',
    contents: '목차',
    showContents: '목차 보기',
    hideContents: '목차 숨기기',
    skipToContent: '본문으로 건너뛰기',
    previous: '이전',
    next: '다음',
    lesson: '강의',
    theme: '테마',
    themeLight: '밝게',
    themeDark: '어둡게',
    switchToDark: '어두운 테마로 바꾸기',
    switchToLight: '밝은 테마로 바꾸기',
    language: '언어',
    loadingLesson: '강의를 불러오는 중…',
    lessonFailed: '이 강의를 불러오지 못했습니다.',
    retry: '다시 시도',
    notFound: '이 주소에는 강의가 없습니다.',
    backToContents: '목차로 가기',
    keyboardHint: '팁: ← 와 → 키로 강의 사이를 이동할 수 있습니다.',
    startHere: '시작하기: 강의',
    storageReset: '저장된 설정을 읽을 수 없어 초기화했습니다.',
    dismiss: '닫기',
    linkNoticeOk: '확인',
    wideEquation: '수식 (옆으로 스크롤하면 전체를 볼 수 있습니다)',
    exportPlots: '그림 내보내기',
    exportNone: '지금 이 강의에는 내보낼 그림이 없습니다.',
    updateReady: '노트북의 새 버전이 준비되었습니다.',
    updateReload: '지금 새로 고침',
    updateLater: '나중에',
    present: '발표',
    presentHint: '발표 모드 (P): 큰 글씨로 위젯을 하나씩 보여 줍니다',
    presentControls: '발표 조작',
    presentPrevious: '이전 단계',
    presentNext: '다음 단계',
    presentStep: ({ current, total }) => `${total}단계 중 ${current}단계`,
    presentNoSteps: '이 강의에는 위젯이 없습니다',
    presentTrain: '학습',
    presentPause: '일시 정지',
    presentStepOnce: '한 단계',
    presentReset: '초기화',
    presentExit: '나가기',
    share: '공유',
    shareCopied: '링크를 복사했습니다. 지금 설정 그대로 이 강의가 열립니다.',
    shareFailed: '자동으로 복사하지 못했습니다. 이 칸의 주소를 복사하세요:',
    lockedBy: '강사가 정한 값',
    lockedBanner: ({ names }) =>
      `강사가 이 강의의 다음 설정을 정해 두어 해당 조작이 잠겨 있습니다: ${names}.`,
    instructorLink: '강사용 링크',
    instructorLinkLegend: '잠글 설정 (학생이 바꿀 수 없음)',
    instructorLinkDefault: '기본값',
    instructorLinkNone: '이 강의에는 잠글 설정이 없습니다.',
    instructorLinkAddress: '강사용 링크 주소',
    instructorLinkCopy: '강사용 링크 복사',
    instructorLinkCopied: ({ count }) =>
      `복사했습니다. 설정 ${count}개를 잠근 채 지금 상태 그대로 이 강의가 열립니다.`,
    instructorLinkFailed: '자동으로 복사하지 못했습니다. 위 칸의 주소를 복사하세요.',
    linkOlder: ({ version, current }) =>
      `이 링크는 노트북의 이전 버전에서 만들어졌습니다(링크 버전 ${version}, 현재 버전 ${current}).`,
    linkOtherVersion: ({ version, current }) =>
      `이 링크는 이 노트북이 모르는 버전을 가리킵니다(“${version}”, 현재 버전 ${current}).`,
    linkAllKept: '설정은 모두 그대로 쓸 수 있어 유지했습니다.',
    linkDropped: ({ names }) =>
      `아직 쓸 수 있는 설정은 유지했고, 더 이상 없거나 유효하지 않은 다음 설정은 기본값으로 돌렸습니다: ${names}.`,
    linkUnknownLocks: ({ names }) =>
      `이 링크가 잠그려는 설정이 이 강의에 없어 그 부분은 무시했습니다: lock = ${names}.`,
    progressVisited: '(읽음)',
    progressAnswered: ({ count }) => `(읽음, 질문 ${count}개에 답함)`,
    progressTitle: '나의 진도',
    progressSummary: ({ visited, total, answered }) =>
      `이 기기에서 강의 ${total}개 중 ${visited}개를 열었고 질문 ${answered}개에 답했습니다.`,
    resetProgress: '진도 초기화',
    progressReset: '저장된 진도를 읽을 수 없어 초기화했습니다.',
    workerRestarted: ({ reason }) =>
      `학습 워커가 예기치 않게 멈춰서(${reason}) 다시 시작했습니다. 학습은 일시 정지되었고 설정과 기록은 그대로입니다.`,
    parts: {
      logistic: '1부 · 신경망으로서의 로지스틱 회귀',
      shallow: '2부 · 얕은 신경망',
      deep: '3부 · 심층 신경망',
      digits: '4부 · 손글씨 숫자',
    },
  },
};
