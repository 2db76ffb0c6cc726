import type { Localized } from '../../i18n/locale.ts';

export const strings: Localized<{
  loadingLabel: string;
  loading: string;
  loadingBytes(p: { loaded: string; total: string }): string;
  failed(p: { reason: string }): string;
  retry: string;
}> = {
  en: {
    loadingLabel: 'Loading MNIST',
    loading:
      'Loading the MNIST images (about 55 MB the first time; the browser keeps them afterwards)…',
    loadingBytes: ({ loaded, total }) => `Loading the MNIST images: ${loaded} of ${total} MB…`,
    failed: ({ reason }) => `The MNIST images could not be loaded: ${reason}`,
    retry: 'Try again',
  },
  ko: {
    loadingLabel: 'MNIST 불러오는 중',
    loading:
      'MNIST 이미지를 불러오는 중입니다(처음에는 약 55 MB, 그 뒤에는 브라우저에 저장됩니다)…',
    loadingBytes: ({ loaded, total }) => `MNIST 이미지를 불러오는 중: ${total} MB 중 ${loaded} MB…`,
    failed: ({ reason }) => `MNIST 이미지를 불러오지 못했습니다: ${reason}`,
    retry: '다시 시도',
  },
};
