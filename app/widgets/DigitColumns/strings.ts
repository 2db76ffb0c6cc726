import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  title: string;
  intro: string;
  pickerLabel: string;
  candidate(p: { index: number; digit: number; chosen: boolean }): string;
  target: string;
  nextImages: string;
  previousImages: string;
  clear: string;
  all: string;
  showing(p: { first: number; last: number }): string;
  matrixTitle: string;
  empty: string;
  matrixLabel(p: {
    m: number;
    rows: number;
    columns: string;
    row: number;
    first: number;
    last: number;
  }): string;
  trace: string;
  row: string;
  rowValueText(p: { row: number; first: number; last: number }): string;
  traceSentence(p: { row: number; column: number; first: number; last: number }): string;
  valuesCaption(p: { first: number; last: number; column: number }): string;
  yRowLabel: string;
  badLink(p: { fields: string }): string;
}> = {
  en: {
    title: 'Real MNIST digits become the columns of X',
    intro:
      'Each button is a 28 × 28 training image. Press one to add it to X as a new column, press it again to take it out.',
    pickerLabel: 'Training images to put in X',
    candidate: ({ index, digit, chosen }) =>
      `Training image ${index}, a handwritten ${digit}${chosen ? ', in X' : ''}`,
    target: 'y = 1 when the digit is',
    nextImages: 'Next 16 images',
    previousImages: 'Previous 16',
    clear: 'Remove all',
    all: 'Add all',
    showing: ({ first, last }) => `Training images ${first}–${last}`,
    matrixTitle: 'X, one column per example',
    empty: 'X has no columns yet: choose at least one image above.',
    matrixLabel: ({ m, rows, columns, row, first, last }) =>
      `The matrix X drawn as ${rows} rows by ${m} columns, one grey cell per pixel value. Columns, left to right: ${columns}. ` +
      `Highlighted band: row ${row} of each image, entries ${first} to ${last}.`,
    trace: 'Trace column',
    row: 'Image row',
    rowValueText: ({ row, first, last }) => `row ${row}: entries ${first} to ${last}`,
    traceSentence: ({ row, column, first, last }) =>
      `Row ${row} of image x^(${column}) becomes entries ${first}–${last} of its column.`,
    valuesCaption: ({ first, last, column }) =>
      `The 28 numbers x_${first} … x_${last} of x^(${column}) (pixel / 255)`,
    yRowLabel: 'Y',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '실제 MNIST 숫자가 X의 열이 된다',
    intro:
      '버튼 하나하나가 28 × 28 학습 이미지입니다. 누르면 X에 새 열로 들어가고, 다시 누르면 빠집니다.',
    pickerLabel: 'X에 넣을 학습 이미지',
    candidate: ({ index, digit, chosen }) =>
      `학습 이미지 ${index}번, 손으로 쓴 ${digit}${chosen ? ', X에 포함됨' : ''}`,
    target: '이 숫자이면 y = 1',
    nextImages: '다음 16장',
    previousImages: '이전 16장',
    clear: '모두 빼기',
    all: '모두 넣기',
    showing: ({ first, last }) => `학습 이미지 ${first}–${last}번`,
    matrixTitle: '예제마다 열 하나인 X',
    empty: 'X에 아직 열이 없습니다. 위에서 이미지를 하나 이상 고르세요.',
    matrixLabel: ({ m, rows, columns, row, first, last }) =>
      `행렬 X를 ${rows}행 ${m}열로 그린 그림. 픽셀 값 하나가 회색 칸 하나입니다. 왼쪽부터 열: ${columns}. ` +
      `강조한 띠: 각 이미지의 ${row}번째 행, ${first}번부터 ${last}번 성분.`,
    trace: '따라갈 열',
    row: '이미지의 행',
    rowValueText: ({ row, first, last }) => `${row}번째 행: ${first}번부터 ${last}번 성분`,
    traceSentence: ({ row, column, first, last }) =>
      `이미지 x^(${column})의 ${row}번째 행은 그 열의 ${first}–${last}번 성분이 됩니다.`,
    valuesCaption: ({ first, last, column }) =>
      `x^(${column})의 숫자 28개 x_${first} … x_${last} (픽셀 / 255)`,
    yRowLabel: 'Y',
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
