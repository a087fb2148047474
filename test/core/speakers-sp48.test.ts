import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 36, sp48: the asker of a reported question is answered, not answering (review B-main-64). */
describe('a quotation paragraph after a reported question', () => {
  it.each([
    // NYT style, honorifics with stops.
    'Ms. Hollis asked the chief inspector if any officers had been disciplined.\n\n"Four officers have been suspended."',
    // British style, no stops, curly marks.
    'Mr Barrow asked the health minister whether the clinic would close.\n\n\u201cNot while I am in this job.\u201d',
  ])('is not the asker\u2019s: %s', (body) => {
    expect(quoteSpeakers(body)).toEqual([null]);
  });

  it('keeps the asker when a named tag gives the words to them (control)', () => {
    expect(
      quoteSpeakers(
        'Mr. Barrow asked the governor whether he would sign the bill.\n\n"I asked because voters deserve to know," Mr. Barrow said.',
      ),
    ).toEqual(['Barrow']);
  });

  it('keeps the asker who asked a group and goes on speaking (control)', () => {
    expect(
      quoteSpeakers('Mr. Rubin asked the students if they had ever voted.\n\n"When I was in college, nobody did."'),
    ).toEqual(['Rubin']);
  });
});

/** A crowd's chant is no named person's (review B-main-76). */
describe('a chant', () => {
  it.each([
    // Wire style: a watcher named, the chanters a crowd.
    'Paul Nash watched as marchers chanted "Bring them home now."',
    // The chant as a noun.
    'Supporters of Ms. Dunn responded with chants of "Dunn for mayor!"',
  ])('by a crowd names no one: %s', (body) => {
    expect(quoteSpeakers(body)).toEqual([null]);
  });

  it.each([
    ['Ms. Hale chanted "Four more years!" as she left the stage.', 'Hale'],
    ['Mr. Cole walked onto the stage, chanting "We will win!"', 'Cole'],
  ])('by a named person stays theirs (control): %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});

/** The subject of a clause someone else reports, the quotation finishing that report. */
describe('a name reported on', () => {
  it.each([
    [
      'An aide to the governor said Wednesday that Mr. Bellamy "will meet any candidate who asks."',
      'An aide to the governor',
    ],
    // British style, single marks.
    ["A council spokesman said Ms Varga 'will not be attending the ceremony'.", 'A council spokesman'],
  ])('does not say the reporter\u2019s words: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('speaks when a speech verb of theirs comes before the words (control)', () => {
    expect(quoteSpeakers('Ms. Reid said that Mr. Bellamy told her the plan was "dead in the water."')).toEqual([
      'Bellamy',
    ]);
  });

  it('speaks in an inverted tag (control)', () => {
    expect(quoteSpeakers('"We are ready," said Mr. Bellamy, "and we will win."')).toEqual(['Bellamy', 'Bellamy']);
  });
});

describe('the one judged, in apposition', () => {
  it('is not the speaker of what they are accused of', () => {
    expect(quoteSpeakers('The Kerrow council accused the mayor, Tom Bellamy, of "gross negligence."')).toEqual([null]);
  });
});

describe('a name modifying the speaking noun', () => {
  it('does not speak for its aide', () => {
    expect(
      quoteSpeakers(
        'Ms. Varga has not commented.\n\nOne Varga spokesman called the decision "a betrayal of the town."',
      ),
    ).toEqual([null]);
  });

  it('speaks when named again as the subject (control)', () => {
    expect(quoteSpeakers('At a Varga rally on Monday, Ms. Varga said the town was "ready for change."')).toEqual([
      'Varga',
    ]);
  });
});
