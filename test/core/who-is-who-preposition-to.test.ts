import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13: "to" closing a fixed complex preposition ("according to", "due to") opens a noun phrase, so the lower-case
 * word after it is the role's own ("according to cast member Tom Hale" is "cast member", not "member"); after an
 * infinitive's "to" or a modal it is still a verb ("to honour literary critic"). Copy written for the test.
 */
const roleOf = (name: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Play opens in Dunmore', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.find(
    (p) => p.name === name,
  )?.role;

describe('who is who, a role after "according to"', () => {
  it('keeps a compound role whole after "according to"', () => {
    expect(
      roleOf(
        'Tomas Hale',
        'The first night ran long, according to cast member Tomas Hale.',
        '“We were still on stage at midnight,” Hale said. Hale joined the company in May.',
      ),
    ).toBe('cast member');
    expect(
      roleOf(
        'Edna Mott',
        'The flight left late, according to ground crew supervisor Edna Mott.',
        '“The fuel came at noon,” Mott said. Mott has worked at the airfield for ten years.',
      ),
    ).toBe('ground crew supervisor');
  });

  it('control: the lower-case word after an infinitive "to" is still the verb, and the role its object', () => {
    expect(
      roleOf(
        'Tomas Hale',
        'The council voted to thank cast member Tomas Hale for his work.',
        '“We were still on stage at midnight,” Hale said. Hale joined the company in May.',
      ),
    ).toBe('cast member');
  });

  it('reads "due to" before a verb as a schedule\'s "to": the verb is the sentence\'s, not the role\'s (review 50)', () => {
    expect(
      roleOf(
        'Colm Doyle',
        'Harbour boss Nora Quinn is due to meet union leader Colm Doyle on Monday, her spokesman said.',
        '“Nobody here wants a long dispute,” Doyle told reporters at the gate.',
      ),
    ).toBe('union leader');
  });

  it('control: "according to" before the same role keeps it whole', () => {
    expect(
      roleOf(
        'Colm Doyle',
        'The night shift walked out at ten, according to union leader Colm Doyle.',
        '“Nobody here wants a long dispute,” Doyle told reporters at the gate.',
      ),
    ).toBe('union leader');
  });
});
