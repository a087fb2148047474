import { expect, it } from 'vitest';
import { recentMap } from '../../src/app/recent-map';

it('drops the least recently used entry past its size, a read counting as a use', () => {
  const map = recentMap<number>(2);
  map.set('a', 1);
  map.set('b', 2);
  expect(map.get('a')).toBe(1);
  expect(map.set('c', 3)).toBe(3);
  expect(map.get('b')).toBeUndefined();
  expect([map.get('a'), map.get('c')]).toEqual([1, 3]);
});

it('setting a kept key again keeps one entry and counts as a use', () => {
  const map = recentMap<number>(2);
  map.set('a', 1);
  map.set('b', 2);
  map.set('a', 10);
  map.set('c', 3);
  expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([10, undefined, 3]);
});
