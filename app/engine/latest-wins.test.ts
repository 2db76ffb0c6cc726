import { describe, expect, it } from 'vitest';
import { LatestWins } from './latest-wins.ts';

describe('LatestWins', () => {
  it('runs one job per key; only the newest waiting one starts, the others are dropped', () => {
    const latest = new LatestWins();
    const log: string[] = [];
    const job = (name: string) => ({
      start: () => log.push(`start ${name}`),
      drop: () => log.push(`drop ${name}`),
    });
    latest.submit('k', job('a'));
    latest.submit('k', job('b'));
    latest.submit('k', job('c'));
    latest.submit('other', job('x'));
    expect(log).toEqual(['start a', 'drop b', 'start x']);
    latest.settle('k');
    expect(log.at(-1)).toBe('start c');
    latest.settle('k');
    latest.submit('k', job('d'));
    expect(log.at(-1)).toBe('start d');
  });

  it('clear drops what waits and forgets what runs', () => {
    const latest = new LatestWins();
    const log: string[] = [];
    latest.submit('k', { start: () => log.push('a'), drop: () => log.push('drop a') });
    latest.submit('k', { start: () => log.push('b'), drop: () => log.push('drop b') });
    latest.clear();
    latest.submit('k', { start: () => log.push('c'), drop: () => log.push('drop c') });
    expect(log).toEqual(['a', 'drop b', 'c']);
  });
});
