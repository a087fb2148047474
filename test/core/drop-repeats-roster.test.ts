import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../../src/core/drop-repeats';

// A roster of distinct people (an honours list): given names shared by many, each surname by two (a couple).
const GIVEN = ['Alice', 'Brendan', 'Carys', 'Dmitri', 'Elspeth', 'Farid', 'Gwen'];
const roster = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + ((i >> 1) % 26))}${'aeiou'[(i >> 2) % 5]}${i >> 1}worth`,
    role: null as string | null,
  }));

const comparisons = (n: number): number => {
  let count = 0;
  const people = roster(n);
  const kept = dropRepeats(
    people,
    people.map((p) => p.name),
    () => false,
    people.map((p) => `${p.name} was honoured.`).join(' '),
    (lines) => {
      count += lines;
    },
  );
  expect(kept).toHaveLength(n);
  return count;
};

describe('dropRepeats on a roster', () => {
  it('compares a name only with the lines that could be the same person: doubling the roster doubles the work', () => {
    const small = comparisons(400);
    const large = comparisons(800);
    expect(small).toBeGreaterThan(0);
    // Every pair would be 79,800 and 319,600 comparisons (four times the work for twice the names).
    expect(large).toBeLessThanOrEqual(small * 2.5);
    expect(large).toBeLessThan(800 * 10);
  });

  it('still finds the same person written two ways among many others', () => {
    const text =
      'Mayor Bill de Blasio spoke. De Blasio left. Bashar al-Assad ruled; Assad stayed. Donald J. Trump won.';
    const people = [
      ...roster(300),
      { name: 'Bill de Blasio', role: 'Mayor' },
      { name: 'De Blasio', role: null },
      { name: 'Bashar al-Assad', role: null },
      { name: 'Assad', role: 'president' },
      { name: 'Donald J. Trump', role: null },
      { name: 'Donald Trump', role: null },
    ];
    const kept = dropRepeats(
      people,
      people.map((p) => p.name),
      () => false,
      text,
    );
    expect(kept).toHaveLength(303);
    expect(kept.slice(300)).toEqual([
      { name: 'Bill de Blasio', role: 'Mayor' },
      { name: 'Bashar al-Assad', role: 'president' },
      { name: 'Donald J. Trump', role: null },
    ]);
  });

  it('keeps two people apart when only the given name is shared', () => {
    const people = [
      { name: 'Alice Hartwell', role: null },
      { name: 'Alice Penrose', role: null },
    ];
    expect(dropRepeats(people, [], () => false, 'Alice Hartwell and Alice Penrose met.')).toHaveLength(2);
  });
});
