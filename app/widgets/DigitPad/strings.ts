import type { Localized } from '../../i18n/locale.ts';
import type { InkSummary } from './ink-summary.ts';

export const strings: Localized<{
  title: string;
  padLabel: string;
  padRole: string;
  help: string;
  undo: string;
  clear: string;
  random: string;
  randomLoading: string;
  randomFailed(p: { reason: string }): string;
  preprocessedTitle: string;
  preprocessedCaption: string;
  preprocessedEmpty: string;
  preprocessedDescription(p: { summary: InkSummary }): string;
  badLink(p: { fields: string }): string;
}> = {
  en: {
    title: 'Draw a digit',
    padLabel: 'Drawing pad: draw one digit from 0 to 9',
    padRole: 'drawing pad',
    help: 'Draw with a mouse, pen or finger. With the keyboard: the arrow keys move the cursor (Shift: three steps), Space puts the pen down and lifts it. Undo removes the last stroke; "Random test digit" puts an MNIST test image on the pad.',
    undo: 'Undo stroke',
    clear: 'Clear',
    random: 'Random test digit',
    randomLoading: 'Loading MNIST…',
    randomFailed: ({ reason }) => `No test digit could be loaded: ${reason}`,
    preprocessedTitle: 'What the models receive: 28 × 28',
    preprocessedCaption:
      'Cropped to the ink (dashed box on the pad), scaled into 20 × 20, centre of mass in the middle.',
    preprocessedEmpty: 'The 28 × 28 image is empty: nothing drawn yet.',
    preprocessedDescription: ({ summary: s }) =>
      `The 28 × 28 image the models receive: ${s.inkPixels} pixels with ink, in rows ${s.rows[0]} to ${s.rows[1]} and columns ${s.columns[0]} to ${s.columns[1]}; centre of mass at row ${s.centre[0]}, column ${s.centre[1]}.`,
    badLink: ({ fields }) =>
      `Some settings in the link could not be used (${fields}); defaults are shown.`,
  },
  ko: {
    title: '숫자 그리기',
    padLabel: '그림 패드: 0에서 9까지 숫자 하나를 그리세요',
    padRole: '그림 패드',
    help: '마우스, 펜, 손가락으로 그리세요. 키보드로는 화살표 키가 커서를 옮기고(Shift를 누르면 세 칸), 스페이스가 펜을 내리고 올립니다. "획 되돌리기"는 마지막 획을 지우고, "무작위 테스트 숫자"는 MNIST 테스트 이미지 하나를 패드에 올립니다.',
    undo: '획 되돌리기',
    clear: '지우기',
    random: '무작위 테스트 숫자',
    randomLoading: 'MNIST 불러오는 중…',
    randomFailed: ({ reason }) => `테스트 숫자를 불러오지 못했습니다: ${reason}`,
    preprocessedTitle: '모델이 받는 입력: 28 × 28',
    preprocessedCaption:
      '잉크 부분만 잘라 내고(패드의 점선 상자) 20 × 20 안에 맞춘 뒤 질량 중심을 가운데에 둡니다.',
    preprocessedEmpty: '28 × 28 이미지가 비어 있습니다: 아직 그린 것이 없습니다.',
    preprocessedDescription: ({ summary: s }) =>
      `모델이 받는 28 × 28 이미지: 잉크가 있는 픽셀 ${s.inkPixels}개, ${s.rows[0]}~${s.rows[1]}행과 ${s.columns[0]}~${s.columns[1]}열에 있고 질량 중심은 ${s.centre[0]}행 ${s.centre[1]}열입니다.`,
    badLink: ({ fields }) => `링크의 일부 설정(${fields})을 쓸 수 없어 기본값을 보여 줍니다.`,
  },
};
