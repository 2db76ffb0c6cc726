import type { Localized } from '../../i18n/locale.ts';

interface Lesson6Strings {
  title: string;
  intro: string;
  inputsLegend: string;
  inputHint: (p: { min: string; max: string }) => string;
  inputProblem: (p: { min: string; max: string }) => string;
  badLink: (p: { fields: string }) => string;
  formulaU: string;
  formulaV: string;
  formulaJ: string;
}

export const lesson6Strings: Localized<Lesson6Strings> = {
  en: {
    title: 'J = 3(a + bc), step by step',
    intro:
      'Change a, b or c (type a number, or use the arrow keys in a box). Forward computes u, v and J from left to right; Backward sends dJ/d(node) from J back to every input.',
    inputsLegend: 'Inputs',
    inputHint: ({ min, max }) => `${min} to ${max}`,
    inputProblem: ({ min, max }) => `Type a number from ${min} to ${max}.`,
    badLink: ({ fields }) =>
      `Part of this link could not be used (${fields}); the default value is shown instead.`,
    formulaU: 'u = b × c',
    formulaV: 'v = a + u',
    formulaJ: 'J = 3 × v',
  },
  ko: {
    title: 'J = 3(a + bc)를 한 단계씩',
    intro:
      'a, b, c를 바꿔 보세요(수를 입력하거나 칸 안에서 위아래 화살표 키를 누르세요). 순전파는 왼쪽에서 오른쪽으로 u, v, J를 계산하고, 역전파는 J에서 시작해 모든 입력까지 dJ/d(노드)를 거꾸로 보냅니다.',
    inputsLegend: '입력값',
    inputHint: ({ min, max }) => `${min}부터 ${max}까지`,
    inputProblem: ({ min, max }) => `${min}부터 ${max}까지의 수를 입력하세요.`,
    badLink: ({ fields }) => `링크의 일부(${fields})를 사용할 수 없어 기본값을 대신 보여 줍니다.`,
    formulaU: 'u = b × c',
    formulaV: 'v = a + u',
    formulaJ: 'J = 3 × v',
  },
};
