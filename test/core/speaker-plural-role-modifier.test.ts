import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour vote in brief\n\n${body}`).quotes.map((q) => q.speaker);

/**
 * Session 41 (sp53): a name before a plural noun for people by their role, the plural's own verb after it
 * ("Okafor aides said", "Okafor protesters interrupted"), modifies the noun as the singular does ("one Okafor aide
 * said"): the noun phrase speaks, not the person named. An "-s" word after a name stays a verb unless a verb that
 * agrees with a plural follows it ("Okafor answers questions").
 */
describe('a name modifying a plural role noun', () => {
  it('gives a tagged quotation to the noun phrase, not to the person named', () => {
    expect(
      quoteSpeakers('Ruth Okafor spoke at the college on Monday.\n\nLater, Okafor aides said "the speech went well."'),
    ).toEqual(['Okafor aides']);
  });

  it('does not give a heckle to the person its hecklers are named after', () => {
    expect(
      quoteSpeakers(
        'Ruth Okafor spoke at the college on Monday.\n\nThe first incident came during the speech, when Okafor protesters interrupted her, shouting "she wins, we lose!" The police watched.',
      ),
    ).toEqual([null]);
  });

  it('keeps a reported clause subject from hiding the one who reports it', () => {
    expect(
      quoteSpeakers(
        'Tom Reed spoke on Sunday.\n\nTom Reed said Reed supporters were being subject to "vicious trolling and attack" online.',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('keeps an "-s" verb after the name a verb (control)', () => {
    expect(
      quoteSpeakers(
        'Ruth Okafor spoke at the college on Monday.\n\nOkafor answers questions every week: "Ask me anything," she says.',
      ),
    ).toEqual(['Ruth Okafor']);
  });

  it('keeps the singular reading (control)', () => {
    expect(
      quoteSpeakers(
        'Ruth Okafor spoke at the college on Monday.\n\nLater, one Okafor aide said "the speech went well."',
      ),
    ).toEqual(['one Okafor aide']);
  });
});
