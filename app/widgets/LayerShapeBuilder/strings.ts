import type { Localized } from '../../i18n/locale.ts';

type Shape = readonly [number, number];
const shape = ([r, c]: Shape) => `(${r}, ${c})`;

interface BuilderStrings {
  title: string;
  intro: string;
  badLink: (p: { fields: string }) => string;
  sizesLegend: string;
  inputLabel: string;
  hiddenLabel: (p: { l: number }) => string;
  outputLabel: (p: { l: number }) => string;
  mLabel: string;
  add: string;
  addLimit: (p: { max: number }) => string;
  remove: (p: { l: number }) => string;
  removeShort: string;
  empty: (p: { field: string; part?: 'rows' | 'cols' }) => string;
  engineRefused: (p: { message: string }) => string;
  keptTable: (p: { sizes: string }) => string;
  loading: string;
  summary: (p: { sizes: string; L: number; m: number; parameters: number }) => string;
  tableCaption: (p: { sizes: string; m: number }) => string;
  layerHeader: string;
  activationHeader: string;
  ruleRow: string;
  inputRow: string;
  editLegend: string;
  editToggle: string;
  editLayer: string;
  editParam: string;
  editRows: string;
  editCols: string;
  rule: (p: { param: 'W' | 'b'; l: number; expected: Shape }) => string;
  fits: (p: { param: 'W' | 'b'; l: number; got: Shape }) => string;
  refused: (p: { param: 'W' | 'b'; l: number; got: Shape }) => string;
  typedMark: (p: { got: Shape }) => string;
  ruleLabel: string;
}

const ruleText = ({ param, l, expected }: { param: 'W' | 'b'; l: number; expected: Shape }) =>
  param === 'W'
    ? `W[${l}] must be (n[${l}], n[${l - 1}]) = ${shape(expected)}`
    : `b[${l}] must be (n[${l}], 1) = ${shape(expected)}`;

export const strings: Localized<BuilderStrings> = {
  en: {
    title: 'Layer builder: every shape of an L-layer network',
    intro:
      'Change the sizes, add or remove hidden layers. Each change builds the network in the engine and runs one forward and one backward pass on random data; the table lists the shapes of the matrices the engine actually produced.',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default is shown instead.`,
    sizesLegend: 'Layer sizes',
    inputLabel: 'n_x = n[0] (inputs)',
    hiddenLabel: ({ l }) => `n[${l}] (hidden)`,
    outputLabel: ({ l }) => `n[${l}] (output)`,
    mLabel: 'm (examples)',
    add: 'Add a hidden layer',
    addLimit: ({ max }) => `The builder holds at most ${max} hidden layers.`,
    remove: ({ l }) => `Remove hidden layer ${l}`,
    removeShort: 'Remove',
    empty: ({ field, part }) =>
      part
        ? `The ${part === 'rows' ? 'rows' : 'columns'} of ${field} are empty: type a whole number.`
        : `${field} is empty: type a whole number.`,
    engineRefused: ({ message }) => `The engine refused this network: ${message}.`,
    keptTable: ({ sizes }) => `The table still shows the last network that worked, ${sizes}.`,
    loading: 'Building the network in the worker…',
    summary: ({ sizes, L, m, parameters }) =>
      `Layer sizes ${sizes}: L = ${L} layers, m = ${m} examples, ${parameters} parameters.`,
    tableCaption: ({ sizes, m }) => `Shapes produced by the engine for ${sizes} with m = ${m}`,
    layerHeader: 'layer l',
    activationHeader: 'g[l]',
    ruleRow: 'rule',
    inputRow: 'A[0] = X',
    editLegend: 'Type a shape by hand',
    editToggle: 'Replace one parameter by a matrix of my own shape',
    editLayer: 'layer l',
    editParam: 'parameter',
    editRows: 'rows',
    editCols: 'columns',
    rule: ruleText,
    fits: ({ param, l, got }) =>
      `${param}[${l}] typed as ${shape(got)} fits: the engine ran forward and backward with it.`,
    refused: ({ param, l, got }) =>
      `${param}[${l}] typed as ${shape(got)} does not fit. The engine stopped with:`,
    typedMark: ({ got }) => `typed ${shape(got)}`,
    ruleLabel: 'The rule:',
  },
  ko: {
    title: '층 만들기: L층 신경망의 모든 모양',
    intro:
      '크기를 바꾸고, 은닉층을 더하거나 빼 보세요. 바꿀 때마다 엔진이 신경망을 만들고 무작위 데이터로 순전파와 역전파를 한 번씩 돌립니다. 표에는 엔진이 실제로 만든 행렬의 모양이 나옵니다.',
    badLink: ({ fields }) => `링크의 일부(${fields})를 쓸 수 없어 기본값으로 보여 줍니다.`,
    sizesLegend: '층 크기',
    inputLabel: 'n_x = n[0] (입력)',
    hiddenLabel: ({ l }) => `n[${l}] (은닉)`,
    outputLabel: ({ l }) => `n[${l}] (출력)`,
    mLabel: 'm (예제 수)',
    add: '은닉층 추가',
    addLimit: ({ max }) => `은닉층은 최대 ${max}개까지 만들 수 있습니다.`,
    remove: ({ l }) => `${l}번째 은닉층 삭제`,
    removeShort: '삭제',
    empty: ({ field, part }) =>
      part
        ? `${field}의 ${part === 'rows' ? '행' : '열'} 수가 비어 있습니다. 정수를 입력하세요.`
        : `${field}이(가) 비어 있습니다. 정수를 입력하세요.`,
    engineRefused: ({ message }) => `엔진이 이 신경망을 거부했습니다: ${message}.`,
    keptTable: ({ sizes }) => `표는 마지막으로 성공한 신경망 ${sizes}을(를) 그대로 보여 줍니다.`,
    loading: '워커에서 신경망을 만드는 중…',
    summary: ({ sizes, L, m, parameters }) =>
      `층 크기 ${sizes}: 층 수 L = ${L}, 예제 m = ${m}개, 매개변수 ${parameters}개.`,
    tableCaption: ({ sizes, m }) => `엔진이 ${sizes}, m = ${m}으로 만든 행렬의 모양`,
    layerHeader: '층 l',
    activationHeader: 'g[l]',
    ruleRow: '규칙',
    inputRow: 'A[0] = X',
    editLegend: '모양을 직접 입력하기',
    editToggle: '매개변수 하나를 내가 정한 모양의 행렬로 바꾸기',
    editLayer: '층 l',
    editParam: '매개변수',
    editRows: '행',
    editCols: '열',
    rule: ({ param, l, expected }) =>
      param === 'W'
        ? `W[${l}]는 (n[${l}], n[${l - 1}]) = ${shape(expected)}이어야 합니다`
        : `b[${l}]는 (n[${l}], 1) = ${shape(expected)}이어야 합니다`,
    fits: ({ got }) =>
      `${shape(got)}은(는) 맞습니다. 엔진이 이 모양으로 순전파와 역전파를 마쳤습니다. 규칙: `,
    refused: ({ param, l, got }) =>
      `${param}[${l}]를 ${shape(got)}(으)로 입력하면 맞지 않습니다. 엔진이 멈추며 남긴 메시지:`,
    typedMark: ({ got }) => `입력: ${shape(got)}`,
    ruleLabel: '규칙:',
  },
};
