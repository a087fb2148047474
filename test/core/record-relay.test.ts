import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { ownRecordRelay } from '../../src/core/own-record-relay';

// Session 57 (sp70): issue 11 — "X said, according to minutes" relays X's own words through their record, so X
// stays the speaker; a relay through another mouth or a document about the matter still shows no one. Invented copy.

const speakerOf = (body: string, words: string): string | null | undefined =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a quotation relayed through a record of the words', () => {
  it.each([
    ['minutes', '"The plan is unaffordable," Ann Lee said, according to minutes of the meeting.'],
    [
      'an opening relay to minutes',
      'According to minutes of the March meeting, Ann Lee said: "The plan is unaffordable."',
    ],
    ['court records', '"The plan is unaffordable," Ann Lee said, according to court records.'],
    ['a tape', '"The plan is unaffordable," Ann Lee said, according to a tape obtained by the Harbour Herald.'],
  ])('keeps the speaker named in the sentence: %s', (_shape, body) => {
    expect(speakerOf(body, 'unaffordable')).toBe('Ann Lee');
  });

  it.each([
    ['another mouth', '"The plan is unaffordable," Ann Lee said, according to a council spokesman.'],
    ['an outlet', '"The plan is unaffordable," Ann Lee said, according to the Harbour Herald.'],
    [
      'a dossier about the matter',
      '"The plan is unaffordable," Ann Lee said, according to a dossier compiled by rivals.',
    ],
  ])('credits no one through %s', (_shape, body) => {
    expect(speakerOf(body, 'unaffordable')).toBeNull();
  });
});

describe('ownRecordRelay', () => {
  it.each([
    ['minutes of the meeting', true],
    ['the meeting minutes', true],
    ['a recording obtained by the Herald', true],
    ['a disc jockey', false],
    ['a register of members', false],
  ])('reads "%s" as a record of words: %s', (relay, own) => {
    expect(ownRecordRelay(relay)).toBe(own);
  });
});
