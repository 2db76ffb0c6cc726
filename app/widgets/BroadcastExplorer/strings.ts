import type { Localized } from '../../i18n/locale.ts';

interface BroadcastStrings {
  title: string;
  intro: string;
  left: string;
  right: string;
  op: string;
  opNames: Record<'+' | '*', string>;
  sizeN: string;
  sizeM: string;
  given: string;
  asUsed: string;
  result: string;
  resultShape: (p: { shape: string }) => string;
  copyLegend: string;
  storedLegend: string;
  axisOk: (p: { axis: number; a: number; b: number; result: number }) => string;
  axisStretch: (p: { axis: number; who: string; from: number; to: number }) => string;
  axisClash: (p: { axis: number; a: number; b: number }) => string;
  ruleTitle: string;
  rule: string;
  errorTitle: string;
  gridLabel: (p: { name: string; shape: string }) => string;
  copySuffix: string;
  badLink: (p: { fields: string }) => string;
}

export const strings: Localized<BroadcastStrings> = {
  en: {
    title: 'Broadcasting explorer',
    intro:
      'Pick two shapes and an operation. Entries of A count 1, 2, 3, … and entries of B count 10, 20, 30, … so you can see where each result came from.',
    left: 'Shape of A',
    right: 'Shape of B',
    op: 'Operation',
    opNames: { '+': 'add (A + B)', '*': 'multiply element-wise (A * B)' },
    sizeN: 'n',
    sizeM: 'm',
    given: 'As stored',
    asUsed: 'As numpy uses them, stretched to the result’s shape',
    result: 'Result',
    resultShape: ({ shape }) => `Result shape ${shape}`,
    copyLegend: 'dashed cell: a repeat, never stored',
    storedLegend: 'solid cell: stored',
    axisOk: ({ axis, a, b, result }) =>
      `axis ${axis}: ${a} and ${b} are equal, so the result has ${result}`,
    axisStretch: ({ axis, who, from, to }) =>
      `axis ${axis}: ${who} has size ${from}, so it is repeated ${to} times`,
    axisClash: ({ axis, a, b }) => `axis ${axis}: ${a} and ${b} differ and neither is 1`,
    ruleTitle: 'The rule, axis by axis',
    rule: 'On each axis the sizes must be equal, or one of them must be 1 (that operand is then repeated).',
    errorTitle: 'Error',
    gridLabel: ({ name, shape }) => `${name}, shape ${shape}`,
    copySuffix: ' (repeat)',
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); those settings are back to their defaults.`,
  },
  ko: {
    title: '브로드캐스팅 탐색기',
    intro:
      '두 모양과 연산을 고르세요. A의 원소는 1, 2, 3, …, B의 원소는 10, 20, 30, …으로 채워져 있어서 결과의 각 값이 어디서 왔는지 볼 수 있습니다.',
    left: 'A의 모양',
    right: 'B의 모양',
    op: '연산',
    opNames: { '+': '덧셈 (A + B)', '*': '원소별 곱셈 (A * B)' },
    sizeN: 'n',
    sizeM: 'm',
    given: '저장된 모습',
    asUsed: 'numpy가 쓰는 모습: 결과의 모양으로 늘림',
    result: '결과',
    resultShape: ({ shape }) => `결과 모양 ${shape}`,
    copyLegend: '점선 칸: 반복된 값 (저장되지 않음)',
    storedLegend: '실선 칸: 저장된 값',
    axisOk: ({ axis, a, b, result }) => `축 ${axis}: ${a}와 ${b}가 같으므로 결과도 ${result}`,
    axisStretch: ({ axis, who, from, to }) =>
      `축 ${axis}: ${who}의 크기가 ${from}이므로 ${to}번 반복`,
    axisClash: ({ axis, a, b }) => `축 ${axis}: ${a}와 ${b}가 다르고 어느 쪽도 1이 아님`,
    ruleTitle: '축별 규칙',
    rule: '각 축에서 두 크기가 같거나, 둘 중 하나가 1이어야 합니다 (1인 쪽이 반복됩니다).',
    errorTitle: '오류',
    gridLabel: ({ name, shape }) => `${name}, 모양 ${shape}`,
    copySuffix: ' (반복)',
    badLink: ({ fields }) =>
      `링크의 일부(${fields})를 사용할 수 없어 해당 설정을 기본값으로 되돌렸습니다.`,
  },
};
