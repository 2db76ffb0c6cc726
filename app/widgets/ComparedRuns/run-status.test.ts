import { describe, expect, it } from 'vitest';
import { combinedStatus } from './run-status.ts';

describe('combinedStatus', () => {
  it('waits for every session and shows running while any one runs', () => {
    expect(combinedStatus(['idle', undefined])).toBe('configuring');
    expect(combinedStatus(['idle', 'idle'])).toBe('idle');
    expect(combinedStatus(['done', 'running'])).toBe('running');
    expect(combinedStatus(['done', 'diverged'])).toBe('done');
    expect(combinedStatus(['diverged', 'diverged'])).toBe('diverged');
    expect(combinedStatus(['paused', 'idle'])).toBe('paused');
    expect(combinedStatus(['failed', 'running'])).toBe('failed');
  });
});
