import type { Localized } from '../../i18n/locale.ts';

interface RepresentationStrings {
  title: string;
  intro: string;
  badLink: (p: { fields: string }) => string;
  inputsLabel: string;
  hiddenLabel: string;
  exampleLabel: string;
  loading: string;
  failed: (p: { message: string }) => string;
  diagramLabel: (p: { nx: number; n1: number }) => string;
  layerTitles: [string, string, string];
  nodeLabel: (p: { layer: number; unit: number; value: string; selected: boolean }) => string;
  matricesTitle: string;
  notes: { W1: string; x: string; b1: string; z1: string; a1: string; W2: string };
  inputSelected: (p: { k: number; value: string; n1: number }) => string;
  equationTitle: string;
  cellLabel: (p: { matrix: string; i: number; j: number; value: string }) => string;
  trainedNote: (p: { steps: number }) => string;
}

export const strings: Localized<RepresentationStrings> = {
  en: {
    title: 'A two-layer network, node by node',
    intro:
      'Point at a node, a row or a column, or tab into the diagram and move with the arrow keys. The pieces that belong together light up in the diagram and in the matrices.',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default is shown instead.`,
    inputsLabel: 'Inputs n_x',
    hiddenLabel: 'Hidden units n[1]',
    exampleLabel: 'Example (i)',
    loading: 'Computing the network in the worker…',
    failed: ({ message }) => `The network could not be computed: ${message}`,
    diagramLabel: ({ nx, n1 }) =>
      `Network diagram: ${nx} inputs in layer 0, ${n1} hidden units in layer 1, one output unit in layer 2. Use the arrow keys to move between nodes.`,
    layerTitles: ['layer 0 · input', 'layer 1 · hidden', 'layer 2 · output'],
    nodeLabel: ({ layer, unit, value, selected }) =>
      `${
        layer === 0
          ? `input x${unit + 1} = ${value}`
          : layer === 1
            ? `hidden unit a[1]${unit + 1} = ${value}`
            : `output a[2] = ŷ = ${value}`
      }${selected ? ', selected' : ''}`,
    matricesTitle: 'The same numbers as matrices',
    notes: {
      W1: 'row i: the weights w_i[1]T of hidden unit i',
      x: 'one example, one column',
      b1: 'one bias per hidden unit',
      z1: 'W[1] x + b[1]',
      a1: 'σ(z[1])',
      W2: 'one row: the output unit',
    },
    inputSelected: ({ k, value, n1 }) =>
      `x${k} = ${value} goes into all ${n1} hidden units: it is multiplied by column ${k} of W[1].`,
    equationTitle: 'The selected node',
    cellLabel: ({ matrix, i, j, value }) => `${matrix} row ${i + 1}, column ${j + 1}: ${value}`,
    trainedNote: ({ steps }) =>
      `The weights come from the engine: small random values, then ${steps} steps of gradient descent on four seeded examples, so the biases are no longer zero.`,
  },
  ko: {
    title: '2층 신경망을 노드 하나씩',
    intro:
      '노드나 행, 열 위에 포인터를 올리거나, Tab으로 그림에 들어가 화살표 키로 움직여 보세요. 서로 짝이 되는 부분이 그림과 행렬에서 함께 강조됩니다.',
    badLink: ({ fields }) => `링크의 일부(${fields})를 쓸 수 없어 기본값으로 보여 줍니다.`,
    inputsLabel: '입력 수 n_x',
    hiddenLabel: '은닉 유닛 수 n[1]',
    exampleLabel: '예제 (i)',
    loading: '워커에서 신경망을 계산하는 중…',
    failed: ({ message }) => `신경망을 계산하지 못했습니다: ${message}`,
    diagramLabel: ({ nx, n1 }) =>
      `신경망 그림: 0층에 입력 ${nx}개, 1층에 은닉 유닛 ${n1}개, 2층에 출력 유닛 1개. 화살표 키로 노드 사이를 이동합니다.`,
    layerTitles: ['0층 · 입력', '1층 · 은닉', '2층 · 출력'],
    nodeLabel: ({ layer, unit, value, selected }) =>
      `${
        layer === 0
          ? `입력 x${unit + 1} = ${value}`
          : layer === 1
            ? `은닉 유닛 a[1]${unit + 1} = ${value}`
            : `출력 a[2] = ŷ = ${value}`
      }${selected ? ', 선택됨' : ''}`,
    matricesTitle: '같은 숫자를 행렬로',
    notes: {
      W1: 'i번째 행: 은닉 유닛 i의 가중치 w_i[1]T',
      x: '예제 하나, 열 하나',
      b1: '은닉 유닛마다 편향 하나',
      z1: 'W[1] x + b[1]',
      a1: 'σ(z[1])',
      W2: '행 하나: 출력 유닛',
    },
    inputSelected: ({ k, value, n1 }) =>
      `x${k} = ${value}는 은닉 유닛 ${n1}개 모두에 들어갑니다. W[1]의 ${k}번째 열과 곱해집니다.`,
    equationTitle: '선택한 노드',
    cellLabel: ({ matrix, i, j, value }) => `${matrix} ${i + 1}행 ${j + 1}열: ${value}`,
    trainedNote: ({ steps }) =>
      `가중치는 엔진이 만든 값입니다. 작은 난수에서 시작해 시드로 만든 예제 네 개로 경사 하강법을 ${steps}번 돌렸기 때문에 편향도 더 이상 0이 아닙니다.`,
  },
};
