import { describe, expect, it } from 'vitest';
import { wordListSet } from '../../src/core/word-list-set';

describe('wordListSet', () => {
  it('holds each space-separated word of the list, and no part of one', () => {
    const words = wordListSet('harbour master ferry_off');
    expect([...words()]).toEqual(['harbour', 'master', 'ferry_off']);
    expect(words().has('ferry')).toBe(false);
  });

  it('builds the set once and hands the same one back', () => {
    const words = wordListSet('quay pier');
    expect(words()).toBe(words());
  });
});
