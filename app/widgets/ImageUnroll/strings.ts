import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  title: string;
  intro: string;
  seed: string;
  newPicture: string;
  pictureLabel(p: { width: number; height: number; seed: number }): string;
  channels: [string, string, string];
  channelLabel(p: { name: string; width: number; height: number; value: number }): string;
  pixelRow: string;
  pixelCol: string;
  arithmetic: string;
  tableCaption(p: { row: number; col: number }): string;
  channelHead: string;
  valueHead: string;
  indexHead: string;
  orderNote(p: { perChannel: number }): string;
  badLink(p: { fields: string }): string;
}> = {
  en: {
    title: 'A colour image becomes one long feature vector',
    intro:
      'The picture is drawn by the page from a seed. The computer stores it as three 64 × 64 matrices of numbers, one each for red, green and blue.',
    seed: 'Seed',
    newPicture: 'New picture',
    pictureLabel: ({ width: w, height: h, seed }) =>
      `A ${w} × ${h} colour picture generated from seed ${seed}: sky, sun, hill and balloons.`,
    channels: ['red', 'green', 'blue'],
    channelLabel: ({ name, width: w, height: h, value }) =>
      `The ${name} channel, a ${w} × ${h} matrix shown as grey levels; the chosen pixel's ${name} value is ${value}.`,
    pixelRow: 'Pixel row',
    pixelCol: 'Pixel column',
    arithmetic: 'Unrolled into x:',
    tableCaption: ({ row, col }) => `Where pixel (row ${row}, column ${col}) goes in x`,
    channelHead: 'Channel',
    valueHead: 'Value (0–255)',
    indexHead: 'Position in x',
    orderNote: ({ perChannel }) =>
      `Order: all ${perChannel} red values row by row, then all ${perChannel} green values, then all ${perChannel} blue values.`,
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '컬러 이미지가 긴 특성 벡터 하나가 된다',
    intro:
      '이 그림은 시드로부터 페이지가 직접 그린 것입니다. 컴퓨터는 이것을 빨강, 초록, 파랑 각각 하나씩, 64 × 64 숫자 행렬 세 개로 저장합니다.',
    seed: '시드',
    newPicture: '새 그림',
    pictureLabel: ({ width: w, height: h, seed }) =>
      `시드 ${seed}로 만든 ${w} × ${h} 컬러 그림: 하늘, 해, 언덕, 풍선.`,
    channels: ['빨강', '초록', '파랑'],
    channelLabel: ({ name, width: w, height: h, value }) =>
      `${name} 채널. ${w} × ${h} 행렬을 회색 명암으로 나타냈습니다. 고른 픽셀의 ${name} 값은 ${value}입니다.`,
    pixelRow: '픽셀 행',
    pixelCol: '픽셀 열',
    arithmetic: 'x로 펼치면:',
    tableCaption: ({ row, col }) => `픽셀 (${row}행, ${col}열)이 x에서 놓이는 자리`,
    channelHead: '채널',
    valueHead: '값 (0–255)',
    indexHead: 'x에서의 위치',
    orderNote: ({ perChannel }) =>
      `순서: 빨강 값 ${perChannel}개를 행 순서대로, 그다음 초록 값 ${perChannel}개, 그다음 파랑 값 ${perChannel}개.`,
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
