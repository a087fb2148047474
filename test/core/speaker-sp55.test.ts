import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 43, sp55: speakers read by grammar the rules missed (issue 11). */
describe('a relative clause right after a quoted title', () => {
  it.each([
    // US style: the title's comma inside the marks (masked, the relative's comma is gone).
    'Tom Reed, a presenter on Mayor Okafor\'s radio show, "Harbour Hour," who went on to work alongside Okafor, said his boss was "always patient and kind."',
    // British style: the comma after the marks.
    'Tom Reed, a presenter on Mayor Okafor\'s radio show, "Harbour Hour", who went on to work alongside Okafor, said his boss was "always patient and kind."',
  ])('belongs to the title, and the head before it speaks: %s', (body) => {
    expect(quoteSpeakers(body)).toEqual(['Tom Reed']);
  });

  it('control: with no title the head speaks as before', () => {
    const body =
      'Tom Reed, a presenter on Mayor Okafor\'s radio show, who went on to work alongside Okafor, said his boss was "always patient and kind."';
    expect(quoteSpeakers(body)).toEqual(['Tom Reed']);
  });
});

describe('a participle and its "that" clause right after a quotation', () => {
  it('is no inverted tag: the name inside the clause does not speak', () => {
    const body =
      'Speaking in Harwick, Reed said that there is "only one candidate who can win," adding that it is why Ruth Okafor "keeps attacking us."';
    expect(quoteSpeakers(body)).toEqual(['Reed', 'Reed']);
  });

  it('control: an inverted tag with its verb first still names the speaker after it', () => {
    expect(quoteSpeakers('"The port will close," said Ruth Okafor, the mayor.')).toEqual(['Ruth Okafor']);
  });
});

describe('the subject of the clause a tag reports, right before the quotation', () => {
  const lead =
    'Prime Minister Ruth Okafor rejected the remarks on Wednesday. "We will not be moved," Okafor said.\n\nOkafor often meets trawler crews. ';

  it('is what the quotation is about, not its speaker', () => {
    const body = `${lead}A harbour official, speaking on the condition of anonymity to discuss the prime minister's schedule, said Wednesday that Okafor "will meet any trawler crew that arrives and requests a meeting."`;
    expect(quoteSpeakers(body)).toEqual(['Ruth Okafor', null]);
  });

  it('control: a named speaker in the tag still speaks', () => {
    const body = `${lead}Dana Reed, a harbour official, said Wednesday that Okafor "will meet any crew."`;
    expect(quoteSpeakers(body)).toEqual(['Ruth Okafor', 'Dana Reed']);
  });
});
