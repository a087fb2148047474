import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { challenge } from '../../src/core/challenge-question';
import type { PhraseContext } from '../../src/core/phrase-question';
import { prepareQuestions } from '../../src/core/prepare-questions';
import { singleSource } from '../../src/core/single-source';
import { questionInputOf } from '../support/question-input-of';

/**
 * The shapes hand-read sample 16 found (docs/hand-read-questions.md, "Classes sample 16 shows", engine 36), each in
 * copy written for the test: grammatical by construction, no word of the copy altered, no name cut, and a passage
 * credited only to its own speaker.
 */

function context(text: string, extra: Partial<PhraseContext> = {}): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...extra };
}

/** The item the engine would give sentence `index` of bare sentences with these quotes. */
function itemOf(texts: string[], index: number, quotes: Quote[] = [], entities: Entity[] = []): string {
  return prepareQuestions({ ...questionInputOf(texts, entities), quotes }).item(index).text;
}

describe("a reported-speech tag at a claim's start is its source, not part of the claim (#12)", () => {
  it.each([
    [
      'Wavenet reported, according to two people in the room, Jo Banks told the union that the ferry depot would stay open until 2030.',
      'Can anyone besides two people in the room confirm that Jo Banks told the union that the ferry depot would stay open until 2030?',
    ],
    [
      'The Harbour Gazette said, according to two council members, Mayor Banks spent twice her budget on the new pier last year.',
      'Can anyone besides two council members confirm that Mayor Banks spent twice her budget on the new pier last year?',
    ],
  ])('asks of the claim alone: %s', (sentence, question) => {
    expect(singleSource(context(sentence))).toBe(question);
  });

  it('a claim that opens on a name keeps it as written', () => {
    const texts = [
      'Wavenet reported on Monday that the ferry firm had lost its licence to run the night crossing.',
      'Wavenet tried to buy the old pier from the council last spring, according to two people in the room.',
    ];
    expect(itemOf(texts, 1)).toMatch(/confirm that Wavenet tried to buy/);
  });

  it('a common noun that opens a report is still lowered', () => {
    const texts = [
      'Residents reported on Monday that the ferry had been late every day of the week.',
      'Residents tried to block the sale of the old pier last spring, according to two councillors.',
      'Most residents of the island take the ferry to work.',
    ];
    expect(itemOf(texts, 1)).toMatch(/confirm that residents tried to block/);
  });
});

describe('an organisation in the "row over" template takes the article the copy gives it (#4)', () => {
  it.each([
    [
      'The row over fares set by the Harbour Trust has dragged on since the spring.',
      'Harbour Trust',
      'what does the Harbour Trust say?',
    ],
    [
      'The controversy over the night crossing, cut by the Port Authority last year, has split the town.',
      'Port Authority',
      'what does the Port Authority say?',
    ],
  ])('%s', (sentence, actor, ending) => {
    const q = challenge(context(sentence, { actor, actorIsPerson: false }));
    expect(q?.endsWith(ending)).toBe(true);
  });

  it.each([
    ['The row over her use of a private car while at the Harbour Trust has dragged on for months.', 'Harbour Trust'],
    ['The dispute over overtime paid to pilots in the Port Authority has split the town.', 'Port Authority'],
  ])('a body named only as where something happened is no party to the row: %s', (sentence, actor) => {
    const q = challenge(context(sentence, { actor, actorIsPerson: false }));
    expect(q).toMatch(/what do those involved say\?$/);
  });

  it('a name the copy writes bare stays bare, and "those involved" take a plural verb', () => {
    const named = challenge(context('The row over fares set by Wavenet has dragged on.', { actor: 'Wavenet' }));
    expect(named).toMatch(/what does Wavenet say\?$/);
    const nobody = challenge(context('The row over the new fares has dragged on since the spring.'));
    expect(nobody).toMatch(/what do those involved say\?$/);
  });
});

describe("a passage says who spoke only when that is the passage's own speaker (#25, #34)", () => {
  const said = 'Mayor Jo Banks said the plan for the depot was “a disgrace to the whole town.”';

  it.each([
    ['Ferrylink branded the harbour plan a “reckless gamble with the town’s money.”', 'Ferrylink'],
    ['Wexford Council called the new timetable “a betrayal of every family on the island.”', 'Wexford Council'],
  ])('no "says" for another name\'s words: %s', (sentence, name) => {
    const quote: Quote = {
      text: sentence.split('“')[1]!.replace(/[.”]+$/, ''),
      speaker: 'Jo Banks',
      sentenceId: 1,
      key: false,
    };
    const item = itemOf([said, sentence], 1, [quote], [{ name, type: 'organization' }]);
    expect(item).not.toMatch(/says Jo Banks/);
  });

  it('a quote tagged by a pronoun or by the speaker keeps its speaker', () => {
    const tagged = 'The plan is “a reckless gamble with the town’s money,” she said on Friday.';
    const quote: Quote = {
      text: 'a reckless gamble with the town’s money,',
      speaker: 'Jo Banks',
      sentenceId: 1,
      key: false,
    };
    expect(itemOf([said, tagged], 1, [quote])).toMatch(/says Jo Banks$/);
    const after = 'Ferrylink’s offer means the pier is “a good deal for the town,” she says, “but not for the crews.”';
    const offer: Quote = { text: 'a good deal for the town,', speaker: 'Jo Banks', sentenceId: 1, key: false };
    expect(itemOf([said, after], 1, [offer], [{ name: 'Ferrylink', type: 'organization' }])).toMatch(/says Jo Banks$/);
  });

  it("a signed entry's words are its signer's, not the next entry's", () => {
    const page =
      '”The ferry is the only thing that keeps this island alive and nobody knows whether the council will keep it running.” ― Mary Ann Lowe\n“We take the ferry every day.';
    const quote: Quote = {
      text: 'We take the ferry every day. It is our bus.',
      speaker: 'Dan Price',
      sentenceId: 0,
      key: false,
    };
    const item = itemOf([page], 0, [quote]);
    expect(item).not.toMatch(/says Dan Price/);
  });
});

describe('a name is never cut to initial and surname (#25)', () => {
  it.each([
    ['“The ferry is the island’s lifeline.” ― Oscar P. Quintero', 'Oscar P. Quintero'],
    ['“We were never asked about the fares.” ― June T. Ashby', 'June T. Ashby'],
    ['“The ferry is always late.” ― Oscar P. Quintero', 'Oscar P. Quintero'],
    ['“The timetable changed in June.” ― June T. Ashby', 'June T. Ashby'],
  ])('%s', (line, name) => {
    const analysis = analyzeArticle(['Readers on the ferry', '', line, '', 'The council meets on Monday.'].join('\n'));
    const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain(name);
    expect(analysis.quotes[0]?.speaker).toBe(name);
  });

  it.each([
    ['In May J.P. Morgan cut its forecast for the year.', 'J.P. Morgan', 'May J.P. Morgan'],
    ['The council said in May J.P. Morgan would cut its forecast.', 'J.P. Morgan', 'May J.P. Morgan'],
    [
      'It emerged that in June H.R. McMaster took over the council. “It is working,” McMaster said.',
      'H.R. McMaster',
      'June H.R. McMaster',
    ],
    [
      'Since June H.R. McMaster has led the council. “It is working,” McMaster said.',
      'H.R. McMaster',
      'June H.R. McMaster',
    ],
  ])('a month after a preposition is a date, not a given name: %s', (sentence, name, wrong) => {
    const analysis = analyzeArticle(['The council', '', sentence, ''].join('\n'));
    const names = analysis.entities.map((e) => e.name);
    expect(names).not.toContain(wrong);
    expect(names).toContain(name);
    for (const quote of analysis.quotes) expect(quote.speaker).not.toBe(wrong);
  });

  it('an award before a name is still no given name', () => {
    const analysis = analyzeArticle(
      ['Film night', '', 'Oscar winner Tom Hanks said the ferry was “a lovely ride.”', ''].join('\n'),
    );
    expect(analysis.entities.map((e) => e.name)).toContain('Tom Hanks');
  });
});
