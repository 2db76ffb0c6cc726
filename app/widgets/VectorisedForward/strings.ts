import type { Localized } from '../../i18n/locale.ts';

interface VectorisedStrings {
  title: string;
  intro: string;
  badLink: (p: { fields: string }) => string;
  mLabel: string;
  loading: string;
  failed: (p: { message: string }) => string;
  readoutTitle: string;
  cellText: (p: {
    i: number;
    j: number;
    products: string;
    b: string;
    z: string;
    a: string;
  }) => string;
  columnText: (p: { j: number; x: string; yhat: string }) => string;
  rowText: (p: { i: number; m: number; values: string }) => string;
  notes: { W1: string; X: string; b1: string; Z1: string; A1: string; W2: string; A2: string };
  cellLabel: (p: { matrix: string; i: number; j: number; value: string }) => string;
  broadcast: (p: { m: number }) => string;
  trainedNote: (p: { steps: number }) => string;
}

export const strings: Localized<VectorisedStrings> = {
  en: {
    title: 'm examples at once: the columns of X, Z[1] and A[1]',
    intro:
      'Point at a number in Z[1] or A[1] to see where it comes from, at a column header (or any number in X) to follow one example, at a row header to see one hidden unit across all examples. With the keyboard, tab into a matrix and use the arrow keys; the headers are reachable too.',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default is shown instead.`,
    mLabel: 'Examples m',
    loading: 'Computing the forward pass in the worker…',
    failed: ({ message }) => `The forward pass could not be computed: ${message}`,
    readoutTitle: 'What you are pointing at',
    cellText: ({ i, j, products, b, z, a }) =>
      `Hidden unit ${i}, example ${j}: z[1](${j})_${i} = row ${i} of W[1] times column ${j} of X plus b[1]_${i} = ${products} + ${b} = ${z}; a = σ(z) = ${a}.`,
    columnText: ({ j, x, yhat }) =>
      `Example ${j}: x(${j}) = [${x}] is column ${j} of X; it stays column ${j} in Z[1], A[1], Z[2] and A[2], and ends as ŷ(${j}) = ${yhat}.`,
    rowText: ({ i, m, values }) =>
      `Hidden unit ${i} across all ${m} examples: row ${i} of Z[1] = [${values}]. The same weights w[1]_${i} and bias b[1]_${i} serve every column.`,
    notes: {
      W1: 'rows: hidden units',
      X: 'rows: features · columns: examples',
      b1: 'added to every column',
      Z1: 'rows: hidden units · columns: examples',
      A1: 'σ(Z[1]), same shape',
      W2: 'one output unit',
      A2: 'ŷ for every example',
    },
    cellLabel: ({ matrix, i, j, value }) => `${matrix} row ${i + 1}, column ${j + 1}: ${value}`,
    broadcast: ({ m }) =>
      `b[1] has one column, Z[1] has ${m}: the engine adds b[1] to each of the ${m} columns (broadcasting).`,
    trainedNote: ({ steps }) =>
      `All numbers come from the engine: seeded examples, small random weights, then ${steps} steps of gradient descent so the biases are not zero.`,
  },
  ko: {
    title: '예제 m개를 한 번에: X, Z[1], A[1]의 열',
    intro:
      'Z[1]이나 A[1]의 숫자를 가리키면 그 값이 어디서 왔는지, 열 머리글(또는 X의 아무 숫자)을 가리키면 예제 하나가 흘러가는 길을, 행 머리글을 가리키면 은닉 유닛 하나가 모든 예제에서 내는 값을 보여 줍니다. 키보드로는 Tab으로 행렬에 들어가 화살표 키로 움직이며, 머리글에도 갈 수 있습니다.',
    badLink: ({ fields }) => `링크의 일부(${fields})를 쓸 수 없어 기본값으로 보여 줍니다.`,
    mLabel: '예제 수 m',
    loading: '워커에서 순전파를 계산하는 중…',
    failed: ({ message }) => `순전파를 계산하지 못했습니다: ${message}`,
    readoutTitle: '가리키고 있는 것',
    cellText: ({ i, j, products, b, z, a }) =>
      `은닉 유닛 ${i}, 예제 ${j}: z[1](${j})_${i} = W[1]의 ${i}행 곱하기 X의 ${j}열 더하기 b[1]_${i} = ${products} + ${b} = ${z}, a = σ(z) = ${a}.`,
    columnText: ({ j, x, yhat }) =>
      `예제 ${j}: x(${j}) = [${x}]는 X의 ${j}열입니다. Z[1], A[1], Z[2], A[2]에서도 계속 ${j}열에 있고, 마지막에 ŷ(${j}) = ${yhat}가 됩니다.`,
    rowText: ({ i, m, values }) =>
      `예제 ${m}개 전체에서 본 은닉 유닛 ${i}: Z[1]의 ${i}행 = [${values}]. 같은 가중치 w[1]_${i}와 편향 b[1]_${i}가 모든 열에 쓰입니다.`,
    notes: {
      W1: '행: 은닉 유닛',
      X: '행: 특성 · 열: 예제',
      b1: '모든 열에 더해짐',
      Z1: '행: 은닉 유닛 · 열: 예제',
      A1: 'σ(Z[1]), 같은 모양',
      W2: '출력 유닛 하나',
      A2: '예제마다 ŷ',
    },
    cellLabel: ({ matrix, i, j, value }) => `${matrix} ${i + 1}행 ${j + 1}열: ${value}`,
    broadcast: ({ m }) =>
      `b[1]은 열이 하나, Z[1]은 열이 ${m}개입니다. 엔진은 b[1]을 ${m}개의 열 각각에 더합니다(브로드캐스팅).`,
    trainedNote: ({ steps }) =>
      `모든 숫자는 엔진이 계산했습니다. 시드로 만든 예제와 작은 난수 가중치에서 시작해 경사 하강법을 ${steps}번 돌렸기 때문에 편향도 0이 아닙니다.`,
  },
};
