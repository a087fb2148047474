import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (paragraphs: string[]): Array<string | null> =>
  analyzeArticle(`Headline\n\n${paragraphs.join('\n\n')}`).quotes.map((q) => q.speaker ?? null);

/**
 * Whom a "he said"/"she said" means when the sentence before names two people (issue 11, precision). The shapes are
 * the PolNeAR train pronoun quotations pron35 read (a name modifying a noun, a tag set off by commas); the copy is
 * written for the test.
 */
describe('a pronoun tag after a sentence naming two people', () => {
  it('skips a name that only modifies a noun: "Ortiz adviser Victor Mena" is Mena', () => {
    const quotes = speakers([
      'Governor Luis Ortiz won the county by nine points. “This is the night it turned,” he said in his victory speech.',
      'Ortiz adviser Victor Mena took up the same point at the time. “Rural voters are starting to see that they share a lot with city voters,” he said.',
    ]);
    expect(quotes).toEqual(['Luis Ortiz', 'Victor Mena']);
  });

  it('credits a sentence to its comma-set tag, not to a woman named deep inside it', () => {
    const quotes = speakers([
      'Dana Ruiz has known the mayor for thirty years. “It has been part of my life,” Ruiz said.',
      'What bothered her most, she said, was a forum last week, when a student asked Jane Hill why young people distrusted her and thought she was dishonest.',
      '“I was furious,” she said.',
    ]);
    expect(quotes[quotes.length - 1]).toBe('Dana Ruiz');
  });

  it('credits a sentence to a named tag set off by commas: "Harlan, Reyes said, has built …" is Reyes’s report', () => {
    const quotes = speakers([
      'Tom Reyes, a retired teacher, has followed Senator Dave Harlan for a decade.',
      'Harlan, Reyes said, has built a loyal following in the north.',
      '“So afterwards, his fans feel free to say anything,” he said.',
    ]);
    expect(quotes[quotes.length - 1]).toBe('Tom Reyes');
  });

  it('gives a quotation whose own sentence names its subject first to that subject, not to an earlier "he added"', () => {
    const quotes = speakers([
      'Interior minister Paul Marchand said the lorry was carrying weapons, according to the police. He added that the driver appeared to be “completely calm.”',
      'There was no word on the driver.',
      'In an address early on Friday, President Anne Duval condemned the “attack whose nature cannot be denied.”',
    ]);
    expect(quotes).toEqual(['Paul Marchand', 'Anne Duval']);
  });

  // Controls: what both main and this change give.
  it('still gives a "he said" to the subject named just before when no one else is in reach', () => {
    const quotes = speakers([
      'Ann Lee chaired the meeting. Senator Dave Harlan spoke next.',
      '“We will not raise taxes,” he said.',
    ]);
    expect(quotes).toEqual(['Dave Harlan']);
  });

  it('gives a "she said" after a man is named to the woman before him', () => {
    const quotes = speakers([
      'Dana Ruiz has run the shelter since 2009. Last year Tom Fry joined the board.',
      '“We turn no one away,” she said.',
    ]);
    expect(quotes).toEqual(['Dana Ruiz']);
  });

  it('keeps a reported-speech subject the scan read over an aside in its clause', () => {
    const quotes = speakers([
      'Dave Harlan said the plan, he added, would cost less than expected.',
      '“It is a good deal,” he said.',
    ]);
    expect(quotes).toEqual(['Dave Harlan']);
  });

  it('gives a body’s "they" no person', () => {
    const quotes = speakers([
      'Senator Dave Harlan met the Riverton Council on Monday.',
      'Members of the council were unmoved. “We will not raise taxes,” they said.',
    ]);
    expect(quotes[quotes.length - 1]).not.toBe('Dave Harlan');
  });
});
