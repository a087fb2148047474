import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { givenAfterSurname } from '../../src/core/given-after-surname';
import { surname } from '../../src/core/mentions-entity';
import { whoIsWho } from '../../src/core/who-is-who';

it('keys a name with a hyphenated given name after the surname by that surname (audit 54, B-a54-11)', () => {
  expect(surname('Doris Wong Mei-ling')).toBe('Wong');
  expect(surname('Tang Ka-ho')).toBe('Tang');
  // Double-barrelled surnames and English compounds after a name keep their last word.
  expect(surname('Gali Harel-Weiss')).toBe('Harel-Weiss');
  expect(givenAfterSurname(['One', 'Sanders-endorsed'])).toBe(false);
  expect(givenAfterSurname(['Bernie', 'Sanders', 'T-shirts'])).toBe(false);
});

it('lists Hong Kong names whole, with the quotes their surname carries', () => {
  const analysis = analyzeArticle(
    [
      'Reclamation row',
      '',
      'Secretary for Transport Doris Wong Mei-ling defended the cost on Tuesday. "We cannot stop now," Wong said.',
      '',
      'Tang Ka-ho, a ferry captain from Cheung Chau, said the sea had changed. "Nobody asked us," Tang said.',
    ].join('\n'),
  );
  expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Doris Wong Mei-ling', 'Tang Ka-ho']);
  const people = whoIsWho(analysis).people;
  expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Doris Wong Mei-ling', 'Tang Ka-ho']));
  expect(people.find((p) => p.name === 'Doris Wong Mei-ling')?.role).toBe('Secretary for Transport');
  expect(people.some((p) => p.name === 'Doris Wong' || p.name === 'Wong')).toBe(false);
});

it('reads an abbreviated post before a name as the role, never part of the name (B-a54-14)', () => {
  for (const post of ['MK', 'TD', 'MLA']) {
    const analysis = analyzeArticle(
      [
        'Budget row',
        '',
        `${post} Dalia Ravid of the Meretz party said she would vote against the bill. "It is a disgrace," Ravid said.`,
      ].join('\n'),
    );
    expect(whoIsWho(analysis).people).toContainEqual({ name: 'Dalia Ravid', role: post });
  }
});
