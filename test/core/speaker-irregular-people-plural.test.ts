import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { peoplePlural } from '../../src/core/people-plural';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry contract in brief\n\n${body}`).quotes.map((q) => q.speaker);

const STORY = 'Nadia Okafor, the treasurer, spoke first at the ferry board.\n\n';

/**
 * Session 42's left-over (fix42d): an irregular plural for people that is neither a group noun nor a "-men" plural,
 * read from WordNet's noun exception list ("alumni" -> "alumnus"), heads a plural subject after a name.
 */
describe("a name before an irregular plural for people from WordNet's exception list", () => {
  it('gives the quotation to "Okafor alumni", the plural of "alumnus"', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor alumni said.`)).toEqual(['Okafor alumni']);
  });

  it('gives the quotation to "Okafor grandchildren", the plural of "grandchild"', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor grandchildren said.`)).toEqual([
      'Okafor grandchildren',
    ]);
  });

  it('keeps the person when the irregular plural is the object, not the subject (control)', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor told alumni.`)).toEqual(['Nadia Okafor']);
  });

  it('reads only plurals whose singular names a kind of person, not a word of its own or a named individual', () => {
    expect(peoplePlural('alumni')).toBe(true);
    // "dive" is a noun of its own (a plunge), though WordNet lists it as a plural of "diva"; "volte" is of Volta.
    expect(peoplePlural('dive')).toBe(false);
    expect(peoplePlural('volte')).toBe(false);
    // Not a person's plural at all: "bacilli" -> "bacillus".
    expect(peoplePlural('bacilli')).toBe(false);
  });
});
