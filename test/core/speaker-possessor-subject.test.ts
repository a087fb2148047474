import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Endorsement row\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'Mayor Tom Hale said on Monday that he was "not ready" to back the party\'s nominee, Greta Lund.\n\n';
const quote = 'telling reporters, "Nobody on our team ever asked for his support."';

/**
 * Session 49 (sp61): the subject of "…, telling reporters," is that of the clause the participle hangs on; a subject
 * opening on a capitalised possessor ("Lund's campaign shrugged off …") was no noun phrase the clause reading could
 * vouch for (the possessor is no name it knew, the head lower case), so the quotation was credited to no one.
 */
describe("a possessor's body as the subject of a participle tag", () => {
  it('credits "Lund\'s campaign"', () => {
    expect(quoteSpeakers(`${lead}Lund's campaign shrugged off the remarks, ${quote}`)).toEqual([
      'Tom Hale',
      "Lund's campaign",
    ]);
  });

  it('control: "The Lund campaign" was read before', () => {
    expect(quoteSpeakers(`${lead}The Lund campaign shrugged off the remarks, ${quote}`)).toEqual([
      'Tom Hale',
      'the Lund campaign',
    ]);
  });

  it('control: a named subject was read before', () => {
    expect(quoteSpeakers(`${lead}Lund shrugged off the remarks, ${quote}`)).toEqual(['Tom Hale', 'Greta Lund']);
  });
});
