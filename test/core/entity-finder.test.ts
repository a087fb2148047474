import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis-types';
import { entityFinder } from '../../src/core/entity-finder';

const entity = (name: string, type: Entity['type'] = 'person'): Entity => ({ name, type }) as Entity;

/** What the finder stands for: every name tested against the sentence. */
const naive = (entities: Entity[], lowered: string): Entity[] =>
  entities.filter((e) => lowered.includes(e.name.toLowerCase()));

describe('entityFinder: the entities whose name a sentence contains, as includes says', () => {
  const entities = [
    'Ann Ray',
    'Ray',
    'Ann',
    'nn R',
    'Gray Holdings',
    'Ray',
    'Salt Lake City',
    'Lake',
    'Dvořák',
    'İlker Başbuğ',
    'O’Neill',
    'a',
    'aa',
    'aaa',
  ].map((name, i) => entity(name, i % 3 === 0 ? 'place' : 'person'));
  const sentences = [
    'Ann Ray said the plan would work.',
    'Gray Holdings said its shares rose in Salt Lake City.',
    'Nobody here at all.',
    'Joanna Rayner met Dvořák and O’Neill.',
    'İlker Başbuğ spoke; aaaa was typed.',
    '',
  ];

  it('finds the same entities, in the same order, as testing every name (substrings, repeats, overlaps)', () => {
    const find = entityFinder(entities);
    for (const s of sentences) expect(find(s.toLowerCase()), s).toEqual(naive(entities, s.toLowerCase()));
    // Asked again, the same answer: nothing kept from one sentence leaks into the next.
    for (const s of sentences) expect(find(s.toLowerCase()), s).toEqual(naive(entities, s.toLowerCase()));
  });

  it('an empty name is in every sentence, as includes says', () => {
    const find = entityFinder([entity('Tom Hale'), entity('')]);
    expect(find('nothing to see').map((e) => e.name)).toEqual(['']);
    expect(find('tom hale spoke').map((e) => e.name)).toEqual(['Tom Hale', '']);
  });

  it('reads each name once, however many sentences are asked (lowered once, not once per sentence)', () => {
    let lowered = 0;
    const counted = ['Tom Hale', 'Ann Ray', 'Jo Bell'].map((name) => ({
      type: 'person',
      get name() {
        lowered++;
        return name;
      },
    })) as unknown as Entity[];
    const find = entityFinder(counted);
    const reads = lowered;
    for (let i = 0; i < 50; i++) find('ann ray met jo bell.');
    // Only the found entities are returned (read again by the caller); no name is read to search.
    expect(lowered).toBe(reads);
  });
});
