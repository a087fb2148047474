import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour budget in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead =
  'The harbour board approved a budget of £4m on Tuesday.\n\n' +
  '"It is the least we can spend," said Councillor Ines Marr, who chairs the board.\n\n';

/**
 * Session 50 (sp63): words quoted after "asked" are a question put to someone (asked-question.ts), but an asked
 * clause closed by a comma before a clause of its own is no longer the quotation's frame: a speech verb after the
 * comma ("Marr, when asked …, responded that …") or a coordinated clause with its own subject ("…, and the panel is
 * …") makes the quotation that clause's words. Before, the ranker weighed no candidate and credited no one.
 */
describe('an asked clause closed before the quotation', () => {
  it('credits the subject who responds after a "when asked …," aside', () => {
    expect(
      quoteSpeakers(
        `${lead}Marr, when asked what was wrong with the plan, responded that the figures "rest on guesses nobody has checked."`,
      ),
    ).toEqual(['Ines Marr', 'Ines Marr']);
  });

  it('credits the tag after a coordinated clause with a subject of its own', () => {
    expect(
      quoteSpeakers(
        `${lead}Members are asked to rank the schemes, and the transport panel is less likely to be "swamped by road projects," Marr said.`,
      ),
    ).toEqual(['Ines Marr', 'Ines Marr']);
  });

  it('control: the words of a question put to the one asked stay no one', () => {
    expect(quoteSpeakers(`${lead}Marr was asked whether the plan was "built on sand."`)).toEqual(['Ines Marr', null]);
  });

  it('control: a second question joined by "and whether" is still a question', () => {
    expect(
      quoteSpeakers(`${lead}Marr asked the treasurer whether the sum was enough, and whether it was "built on sand."`),
    ).toEqual(['Ines Marr', null]);
  });
});
