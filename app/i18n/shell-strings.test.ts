import { describe, expect, it } from 'vitest';
import { shellStrings } from './shell-strings.ts';

describe("the shell's strings", () => {
  it('words English plurals by count, as i18next did (one for 1, other otherwise)', () => {
    const { en } = shellStrings;
    expect(en.instructorLinkCopied({ count: 1 })).toBe(
      'Copied: it opens this lesson as it is now, with 1 setting locked.',
    );
    expect(en.instructorLinkCopied({ count: 0 })).toContain('0 settings locked');
    expect(en.progressAnswered({ count: 1 })).toBe('(visited, 1 question answered)');
    expect(en.progressAnswered({ count: 3 })).toBe('(visited, 3 questions answered)');
  });

  it('places named values where each language puts them', () => {
    expect(shellStrings.en.presentStep({ current: 2, total: 5 })).toBe('Step 2 of 5');
    expect(shellStrings.ko.presentStep({ current: 2, total: 5 })).toBe('5단계 중 2단계');
    expect(shellStrings.ko.progressSummary({ visited: 3, total: 20, answered: 4 })).toBe(
      '이 기기에서 강의 20개 중 3개를 열었고 질문 4개에 답했습니다.',
    );
  });
});
