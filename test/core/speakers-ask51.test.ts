import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 36 (sp48, ask51): the asker of a reported question is answered, not answering (review B-main-64). */
describe('a quotation paragraph after a reported question', () => {
  it.each([
    // NYT style, honorifics with stops.
    [
      'Ms. Hollis asked the chief inspector if any officers had been disciplined.\n\n"Four officers have been suspended."',
      'Hollis',
    ],
    // British style, no stops, curly marks.
    [
      'Mr Barrow asked the health minister whether the clinic would close.\n\n\u201cNot while I am in this job.\u201d',
      'Barrow',
    ],
    // The one asked holds an honorific's full stop (review B-sp48-1): the rules' speech-before route gave it the asker.
    [
      'Mr. Keane asked Dr. Okoro whether the maternity ward would stay open.\n\n"Not if the trust has its way."',
      'Keane',
    ],
    // Wire style, ranks on both sides.
    [
      'Sen. Ada Pruitt asked Gen. Lou Marsh if the brigade would stay past spring.\n\n"That has not been decided."',
      'Ada Pruitt',
    ],
  ])('is not the asker\u2019s: %s', (body, asker) => {
    const speakers = quoteSpeakers(body);
    expect(speakers).toHaveLength(1);
    expect(speakers).not.toContain(asker);
  });

  it('keeps the asker when a named tag gives the words to them (control)', () => {
    expect(
      quoteSpeakers(
        'Mr. Barrow asked Dr. Okoro whether he would sign the letter.\n\n"I asked because voters deserve to know," Mr. Barrow said.',
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
