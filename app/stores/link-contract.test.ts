import { describe, expect, it } from 'vitest';
import {
  LINK_VERSION,
  linkProblems,
  linkVersionOf,
  linkWith,
  lockedNames,
} from './link-contract.ts';

describe('link contract', () => {
  it('reads a link without a version as the current one, any other version as outdated', () => {
    expect(linkVersionOf(new URLSearchParams('seed=3'))).toEqual({
      version: LINK_VERSION,
      outdated: false,
    });
    expect(linkVersionOf(new URLSearchParams(`v=${LINK_VERSION}`)).outdated).toBe(false);
    expect(linkVersionOf(new URLSearchParams('v=0'))).toEqual({ version: 0, outdated: true });
    expect(linkVersionOf(new URLSearchParams('v=abc'))).toEqual({ version: null, outdated: true });
  });

  it('reads locks without blanks or repeats', () => {
    expect(lockedNames(new URLSearchParams('lock=lr, hidden,,lr'))).toEqual(['lr', 'hidden']);
    expect(lockedNames(new URLSearchParams('seed=1'))).toEqual([]);
  });

  it('writes the version and the locks into a link, keeping the settings', () => {
    const link = new URL(linkWith('https://x.org/lessons/14?seed=3&lock=old', ['lr', 'hidden']));
    expect(link.searchParams.get('seed')).toBe('3');
    expect(link.searchParams.get('v')).toBe(String(LINK_VERSION));
    expect(link.searchParams.get('lock')).toBe('lr,hidden');
    expect(new URL(linkWith(link.toString())).searchParams.has('lock')).toBe(false);
  });

  it('names unknown locks always, and unknown settings only for an outdated link', () => {
    const known = new Set(['lr', 'seed']);
    expect(linkProblems(new URLSearchParams('lock=lr,colour&old=1'), known)).toEqual({
      unknownLocks: ['colour'],
      unknownParams: [],
    });
    expect(linkProblems(new URLSearchParams('v=0&lr=2&old=1&present=1'), known)).toEqual({
      unknownLocks: [],
      unknownParams: ['old'],
    });
  });
});
