import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Village school\n\nThe board voted on Thursday.\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

/**
 * Session 49 (sp61b, audit 50 B-a50-12): a sentence wholly in parentheses right after a quotation's sentence is its
 * translation or gloss, no reporter's sentence between two quotations: the next quotation still runs on from the
 * speaker named before it.
 */
const said = '"Nous avons écouté les familles," Mr. Luc Brault told Radio-Ville.';
const next = '"But I want to be clear: the numbers still have to work."';
const nextText = 'But I want to be clear: the numbers still have to work.';

/**
 * The quotation and its gloss name someone else (session 56): since session 55 the speaker ranker alone credits the only
 * person of a run the gloss broke, so a gloss naming no one cannot tell the rule's work; with Anne Roy named in both, a
 * run the gloss ended leaves the next quotation to a ranker with two people to choose from, and it credits no one.
 */
const naming = '"Nous avons écouté Anne Roy," Mr. Luc Brault told Radio-Ville.';

describe("a quotation's gloss in parentheses does not break the quote run", () => {
  it('the quotation after the gloss keeps the speaker', () => {
    expect(quotes(`${naming} (We listened to Anne Roy.) ${next}`)[1]).toEqual([nextText, 'Luc Brault']);
    expect(quotes(`${said} (We listened to the families.) ${next}`)[1]).toEqual([nextText, 'Luc Brault']);
  });

  it("control: the gloss's words as the reporter's sentence, out of parentheses, end the run", () => {
    expect(quotes(`${naming} We listened to Anne Roy. ${next}`)[1]).toEqual([nextText, null]);
  });

  it('control: without the gloss the run was read before', () => {
    expect(quotes(`${said} ${next}`)[1]).toEqual([nextText, 'Luc Brault']);
  });

  // Since session 55 "told Radio-Ville" makes no rival person of the outlet, so after a reporter's sentence that names
  // no one the speaker ranker alone credits the only person, Luc Brault; a reporter's sentence naming someone else
  // shows the run is still broken there.
  it("control: a reporter's sentence outside parentheses still ends the run", () => {
    expect(quotes(`${said} Councillor Anne Roy called the vote close. ${next}`)[1]).toEqual([nextText, null]);
  });
});
