import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  label: string;
  hint: string;
  active(p: { name: string }): string;
  back: string;
  columns(p: { features: number }): string;
  refused: string;
}> = {
  en: {
    label: 'Your own data (CSV)',
    hint: 'A header row x1,x2,y, then one point per row with y = 0 or 1. Uploaded data is not part of a shared link.',
    active: ({ name }) => `Training on ${name}.`,
    back: 'Back to generated data',
    columns: ({ features }) =>
      `This lab plots two features: the CSV needs the columns x1,x2,y, but its header has ${features} feature column${features === 1 ? '' : 's'}.`,
    refused: 'The engine could not use this file:',
  },
  ko: {
    label: '내 데이터 (CSV)',
    hint: '첫 줄은 x1,x2,y 헤더이고, 그다음 줄마다 점 하나(y는 0 또는 1)입니다. 올린 데이터는 공유 링크에 담기지 않습니다.',
    active: ({ name }) => `${name}(으)로 학습합니다.`,
    back: '생성된 데이터로 돌아가기',
    columns: ({ features }) =>
      `이 실험실은 특성 두 개를 그립니다. CSV에는 x1,x2,y 열이 있어야 하는데 헤더의 특성 열은 ${features}개입니다.`,
    refused: '엔진이 이 파일을 쓸 수 없었습니다:',
  },
};
