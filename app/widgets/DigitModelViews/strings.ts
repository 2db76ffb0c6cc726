import type { Localized } from '../../i18n/locale.ts';

type Cell = [number, number];
const at = ([r, c]: Cell) => `(${r}, ${c})`;

export const strings: Localized<{
  title: string;
  whichModel: string;
  showing(p: { source: string }): string;
  wTitle: string;
  followPrediction: string;
  wTileLabel(p: { digit: number; min: string; max: string }): string;
  wNegative: string;
  wPositive: string;
  wCaption: string;
  wOf(p: { digit: number }): string;
  wDescription(p: { digit: number; min: string; max: string; argMin: Cell; argMax: Cell }): string;
  drawToSee: string;
  drawForContributions: string;
  contributionsTitle(p: { digit: number }): string;
  contributionsDescription(p: {
    digit: number;
    positive: string;
    negative: string;
    argMax: Cell;
    argMin: Cell;
  }): string;
  contributionNegative: string;
  contributionPositive: string;
  contributionsCaption: string;
  zTableSummary: string;
  digitHeader: string;
  mostConfident: string;
  unitsTitle(p: { units: number }): string;
  unitsDescription(p: { units: number; columns: number }): string;
  unitNegative: string;
  unitPositive: string;
  unitsCaption: string;
  activeUnits(p: { active: number; units: number; digit: number }): string;
  unitsFor(p: { digit: number }): string;
  unitsAgainst(p: { digit: number }): string;
  unitLabel(p: { unit: number; activation: string; pull: string; digit: number }): string;
  drawForUnits: string;
}> = {
  en: {
    title: 'What the models see',
    whichModel: 'Model',
    showing: ({ source }) => `Showing the ${source.toLowerCase()}.`,
    wTitle: 'Each classifier’s w as a 28 × 28 picture (one scale for all ten)',
    followPrediction: 'Follow the prediction',
    wTileLabel: ({ digit, min, max }) =>
      `Classifier for ${digit}: w from ${min} to ${max}. Show its contributions.`,
    wNegative: 'w < 0: ink here argues against the digit',
    wPositive: 'w > 0: ink here argues for the digit',
    wCaption:
      'The scale ends at the largest |w| but the strongest 0.5%, which get the full colour. Where no training digit ever has ink (most of the outermost pixels), the gradient is always 0 and w stays at its starting value 0; just inside, where ink is rare, it is mostly other digits’ ink, and the weights turn negative.',
    wOf: ({ digit }) => `w of the classifier for ${digit}`,
    wDescription: ({ digit, min, max, argMin, argMax }) =>
      `The classifier for ${digit}: weights from ${min} (row, column ${at(argMin)}) to ${max} (${at(argMax)}).`,
    drawToSee: 'Draw a digit on the pad, or pick a classifier above, to look closer.',
    drawForContributions:
      'Draw a digit on the pad to see which of its pixels push this classifier’s z up and which push it down.',
    contributionsTitle: ({ digit }) => `Your digit through the classifier for ${digit}: wᵢxᵢ`,
    contributionsDescription: ({ digit, positive, negative, argMax, argMin }) =>
      `Per-pixel contributions w_i x_i to the classifier for ${digit}: positive ones add up to ${positive}, negative ones to ${negative}; the strongest push up is at ${at(argMax)}, the strongest push down at ${at(argMin)} (row, column).`,
    contributionNegative: 'ink where w < 0: pushes z down',
    contributionPositive: 'ink where w > 0: pushes z up',
    contributionsCaption:
      'Blank paper contributes nothing (x_i = 0), so only the pixels you inked count, each with its weight.',
    zTableSummary: 'All ten classifiers on your digit (table)',
    digitHeader: 'Classifier',
    mostConfident: '(most confident)',
    unitsTitle: ({ units }) => `The ${units} hidden units’ incoming weights (rows of W[1])`,
    unitsDescription: ({ units, columns }) =>
      `${units} pictures of 28 × 28 weights, ${columns} per row, unit 0 at the top left; each on the scale of its own largest weight.`,
    unitNegative: 'weight < 0: ink here lowers the unit’s z',
    unitPositive: 'weight > 0: ink here raises the unit’s z',
    unitsCaption:
      'Each tile uses its own scale: the pattern matters (where a unit wants ink and where it does not), not how strong the unit is.',
    activeUnits: ({ active, units, digit }) =>
      `${active} of ${units} hidden units are switched on by your drawing (ReLU output a > 0). Below, the ones that raise and lower the output for ${digit} most: W[2]ⱼ aⱼ, the unit's activation times its weight to that output.`,
    unitsFor: ({ digit }) => `Units that push towards ${digit}`,
    unitsAgainst: ({ digit }) => `Units that push away from ${digit}`,
    unitLabel: ({ unit, activation, pull, digit }) =>
      `Hidden unit ${unit}: activation ${activation}, adds ${pull} to the z of ${digit}.`,
    drawForUnits:
      'Draw a digit on the pad to see which hidden units it switches on and how they vote.',
  },
  ko: {
    title: '모델이 보는 것',
    whichModel: '모델',
    showing: ({ source }) => `${source}을 보여 줍니다.`,
    wTitle: '분류기마다의 w를 28 × 28 그림으로 (열 개 모두 같은 척도)',
    followPrediction: '예측을 따라가기',
    wTileLabel: ({ digit, min, max }) =>
      `${digit} 분류기: w는 ${min}부터 ${max}까지. 이 분류기의 기여도를 봅니다.`,
    wNegative: 'w < 0: 여기의 잉크는 이 숫자가 아니라는 쪽',
    wPositive: 'w > 0: 여기의 잉크는 이 숫자라는 쪽',
    wCaption:
      '척도의 끝은 가장 센 0.5%를 뺀 가장 큰 |w|이고, 그보다 센 가중치는 가장 진한 색이 됩니다. 학습 숫자 어디에도 잉크가 없는 곳(가장 바깥 픽셀 대부분)은 기울기가 늘 0이어서 w가 시작값 0에 머뭅니다. 그 바로 안쪽처럼 잉크가 드문 곳의 잉크는 대개 다른 숫자의 것이어서 가중치가 음수가 됩니다.',
    wOf: ({ digit }) => `${digit} 분류기의 w`,
    wDescription: ({ digit, min, max, argMin, argMax }) =>
      `${digit} 분류기: 가중치는 ${min}(행, 열 ${at(argMin)})부터 ${max}(${at(argMax)})까지입니다.`,
    drawToSee: '패드에 숫자를 그리거나 위에서 분류기를 골라 자세히 보세요.',
    drawForContributions:
      '패드에 숫자를 그리면 어떤 픽셀이 이 분류기의 z를 올리고 어떤 픽셀이 내리는지 보입니다.',
    contributionsTitle: ({ digit }) => `내 숫자가 ${digit} 분류기를 지날 때: wᵢxᵢ`,
    contributionsDescription: ({ digit, positive, negative, argMax, argMin }) =>
      `${digit} 분류기에 대한 픽셀별 기여 w_i x_i: 양수의 합은 ${positive}, 음수의 합은 ${negative}입니다. 가장 크게 올리는 곳은 ${at(argMax)}, 가장 크게 내리는 곳은 ${at(argMin)}(행, 열)입니다.`,
    contributionNegative: 'w < 0인 곳의 잉크: z를 내림',
    contributionPositive: 'w > 0인 곳의 잉크: z를 올림',
    contributionsCaption:
      '빈 종이는 아무것도 더하지 않으므로(x_i = 0) 잉크를 칠한 픽셀만 자기 가중치만큼 셈에 들어갑니다.',
    zTableSummary: '내 숫자에 대한 분류기 열 개 (표)',
    digitHeader: '분류기',
    mostConfident: '(가장 확신)',
    unitsTitle: ({ units }) => `은닉 유닛 ${units}개로 들어오는 가중치 (W[1]의 행)`,
    unitsDescription: ({ units, columns }) =>
      `28 × 28 가중치 그림 ${units}개, 한 줄에 ${columns}개씩, 왼쪽 위가 유닛 0이며 각자 자기 최대 가중치에 맞춘 척도입니다.`,
    unitNegative: '가중치 < 0: 여기의 잉크는 유닛의 z를 내림',
    unitPositive: '가중치 > 0: 여기의 잉크는 유닛의 z를 올림',
    unitsCaption:
      '타일마다 척도가 따로입니다. 유닛이 얼마나 센지가 아니라 어디에 잉크를 원하고 어디에 원하지 않는지, 그 무늬를 보세요.',
    activeUnits: ({ active, units, digit }) =>
      `그린 숫자가 은닉 유닛 ${units}개 가운데 ${active}개를 켭니다(ReLU 출력 a > 0). 아래는 ${digit}의 출력을 가장 많이 올리고 내리는 유닛입니다: W[2]ⱼ aⱼ, 곧 유닛의 활성값에 그 출력으로 가는 가중치를 곱한 값입니다.`,
    unitsFor: ({ digit }) => `${digit} 쪽으로 미는 유닛`,
    unitsAgainst: ({ digit }) => `${digit}에서 멀어지게 미는 유닛`,
    unitLabel: ({ unit, activation, pull, digit }) =>
      `은닉 유닛 ${unit}: 활성값 ${activation}, ${digit}의 z에 ${pull}을 더합니다.`,
    drawForUnits: '패드에 숫자를 그리면 어떤 은닉 유닛이 켜지고 어떻게 투표하는지 보입니다.',
  },
};
