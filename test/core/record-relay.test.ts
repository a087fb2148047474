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
    ['a transcript', '"The plan is unaffordable," Ann Lee said, according to a transcript of the hearing.'],
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
    // Session 57 (rev58fixa): review 58, R58-4/R58-5 — a copy of another party's filing, records a party filed, and a
    // person who heard a recording are second-hand accounts.
    [
      'a copy of an accuser’s filing',
      '"The plan is unaffordable," Ann Lee said, according to a copy of the lawsuit filed by her former deputy.',
    ],
    [
      'records a party filed',
      '"The plan is unaffordable," Ann Lee said, according to court records filed by a lender.',
    ],
    [
      'a person who heard a recording',
      '"The plan is unaffordable," Ann Lee said, according to a person who heard a recording of the meeting.',
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
    ['footage of the debate', true],
    ['a copy of the complaint', false],
    ['the proceedings of the tribunal', false],
    ['a vinyl platter', false],
    ['an aide who watched the video of the call', false],
    ['a register of members', false],
  ])('reads "%s" as a record of words: %s', (relay, own) => {
    expect(ownRecordRelay(relay)).toBe(own);
  });
});
