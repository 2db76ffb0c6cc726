import type { Localized } from '../../i18n/locale.ts';
import type { PlottedActivation } from './draw-activation.ts';

export type BandKind = 'saturated' | 'dead' | 'leak';

/** Numbers arrive already formatted (see formatFixed / formatShort), so both languages show the same digits. */
interface ActivationStrings {
  explorerLabel: string;
  explorerIntro: (p: { step: string; largeStep: string }) => string;
  zInputLabel: string;
  zInputHint: (p: { min: string; max: string }) => string;
  names: Record<PlottedActivation, string>;
  plotCaption: (p: { name: string }) => string;
  sliderLabel: (p: { name: string }) => string;
  sliderValueText: (p: { z: string; g: string; dg: string }) => string;
  legendG: string;
  legendDg: string;
  /** `value` is the cutoff for a saturated band, the constant g' for a dead or leaky side. */
  legendBand: (p: { kind: BandKind; value: string }) => string;
  summarySymmetric: (p: { name: string; threshold: string; cutoff: string }) => string;
  /** z < threshold with a constant slope; `slope` is "0" for ReLU's dead side. */
  summaryBelow: (p: {
    name: string;
    threshold: string;
    slope: string | null;
    cutoff: string;
  }) => string;
  summaryNone: (p: { name: string; cutoff: string }) => string;
  summaryOther: (p: { name: string; ranges: string; cutoff: string }) => string;
  tableSummary: string;
  tableCaption: (p: { name: string }) => string;
  tableCurrent: string;
  readoutZ: string;
}

export const strings: Localized<ActivationStrings> = {
  en: {
    explorerLabel: 'Activation explorer',
    explorerIntro: ({ step, largeStep }) =>
      `Drag the marker on any plot, or focus it and use the arrow keys to move z by ${step} (with Shift by ${largeStep}; Home and End go to the ends). All the plots share the same z.`,
    zInputLabel: 'z for all plots',
    zInputHint: ({ min, max }) => `from ${min} to ${max}`,
    names: { sigmoid: 'Sigmoid', tanh: 'tanh', relu: 'ReLU', 'leaky-relu': 'Leaky ReLU' },
    plotCaption: ({ name }) => `${name}: g(z) and its derivative g′(z)`,
    sliderLabel: ({ name }) => `z on the ${name} plot`,
    sliderValueText: ({ z, g, dg }) => `z = ${z}, g(z) = ${g}, g′(z) = ${dg}`,
    legendG: 'g(z)',
    legendDg: 'g′(z)',
    legendBand: ({ kind, value }) =>
      kind === 'dead'
        ? `dead region: g′(z) = ${value}`
        : kind === 'leak'
          ? `small slope: g′(z) = ${value}`
          : `saturated: |g′(z)| < ${value}`,
    summarySymmetric: ({ name, threshold, cutoff }) =>
      `${name} saturates for |z| > ${threshold}, where |g′(z)| < ${cutoff}.`,
    summaryBelow: ({ name, threshold, slope, cutoff }) =>
      slope === '0'
        ? `${name} is dead for z < ${threshold}: there g′(z) = 0, so no gradient passes.`
        : slope !== null
          ? `${name} keeps a small slope for z < ${threshold}: there g′(z) = ${slope}, below ${cutoff} but never 0.`
          : `${name} has |g′(z)| < ${cutoff} for z < ${threshold}.`,
    summaryNone: ({ name, cutoff }) =>
      `${name} keeps |g′(z)| ≥ ${cutoff} everywhere on this range.`,
    summaryOther: ({ name, ranges, cutoff }) => `${name} has |g′(z)| < ${cutoff} on ${ranges}.`,
    tableSummary: 'Values as a table',
    tableCaption: ({ name }) => `${name}: g(z) and g′(z) at chosen z`,
    tableCurrent: '(current)',
    readoutZ: 'z',
  },
  ko: {
    explorerLabel: '활성화 함수 탐색기',
    explorerIntro: ({ step, largeStep }) =>
      `그래프 위의 표시선을 끌거나, 표시선에 초점을 두고 화살표 키로 z를 ${step}씩 움직여 보세요(Shift를 함께 누르면 ${largeStep}씩, Home과 End는 양 끝으로). 모든 그래프가 같은 z를 공유합니다.`,
    zInputLabel: '모든 그래프의 z',
    zInputHint: ({ min, max }) => `${min}부터 ${max}까지`,
    names: {
      sigmoid: '시그모이드',
      tanh: 'tanh',
      relu: '렐루(ReLU)',
      'leaky-relu': '리키 렐루(Leaky ReLU)',
    },
    plotCaption: ({ name }) => `${name}: g(z)와 도함수 g′(z)`,
    sliderLabel: ({ name }) => `${name} 그래프의 z`,
    sliderValueText: ({ z, g, dg }) => `z = ${z}, g(z) = ${g}, g′(z) = ${dg}`,
    legendG: 'g(z)',
    legendDg: 'g′(z)',
    legendBand: ({ kind, value }) =>
      kind === 'dead'
        ? `죽은 구간: g′(z) = ${value}`
        : kind === 'leak'
          ? `작은 기울기 구간: g′(z) = ${value}`
          : `포화 구간: |g′(z)| < ${value}`,
    summarySymmetric: ({ name, threshold, cutoff }) =>
      `${name}는 |z| > ${threshold}에서 포화되며, 그곳에서 |g′(z)| < ${cutoff}입니다.`,
    summaryBelow: ({ name, threshold, slope, cutoff }) =>
      slope === '0'
        ? `${name}는 z < ${threshold}에서 죽어 있습니다. 그곳에서 g′(z) = 0이라 기울기가 전혀 전달되지 않습니다.`
        : slope !== null
          ? `${name}는 z < ${threshold}에서도 작은 기울기를 유지합니다. 그곳에서 g′(z) = ${slope}로, ${cutoff}보다 작지만 0은 아닙니다.`
          : `${name}는 z < ${threshold}에서 |g′(z)| < ${cutoff}입니다.`,
    summaryNone: ({ name, cutoff }) => `${name}는 이 범위 전체에서 |g′(z)| ≥ ${cutoff}입니다.`,
    summaryOther: ({ name, ranges, cutoff }) =>
      `${name}는 ${ranges}에서 |g′(z)| < ${cutoff}입니다.`,
    tableSummary: '값을 표로 보기',
    tableCaption: ({ name }) => `${name}: 몇 가지 z에서의 g(z)와 g′(z)`,
    tableCurrent: '(현재)',
    readoutZ: 'z',
  },
};
