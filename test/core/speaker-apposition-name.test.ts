import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { appositionFreeName } from '../../src/core/apposition-free-name';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Valley news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 37 (sp49): the name printed never carries the apposition set beside it (review B-main-88). */
describe('a speaker whose name resolves to no person', () => {
  it.each([
    // Wire style: a surname and an age, no one of that name introduced before.
    ['Nurses were thanked at the ceremony. Okafor, 29, said she had "only done what the ward needed".', 'Okafor'],
    // British style, curly single quotes.
    ['Volunteers cleared the beach on Sunday. Pryce, 64, said it had been \u2018a long, cold morning\u2019.', 'Pryce'],
    // NYT style: a party and state after the surname.
    ['Senators met on Monday. Vance, Republican of Ohio, said the bill was "dead on arrival".', 'Vance'],
    // Session 38 (review B-r38-9): a US party-state tag, and a British party label.
    ['Senators met on Monday. Vance, R-Ohio, said the bill was "dead on arrival".', 'Vance'],
    ['Councillors met on Monday. Booth, Labour, said the vote was "a betrayal of the town".', 'Booth'],
    // A paper citing its sources.
    [
      'Prices rose again. The Courier, citing internal documents, said the firm was "close to collapse".',
      'the Courier',
    ],
  ])('is printed without its apposition: %s', (body, name) => {
    expect(quoteSpeakers(body)).toEqual([name]);
  });

  it('prints the name alone after a description, as before (control)', () => {
    expect(
      quoteSpeakers('Prices rose in May. Halvorsen, the Oslo fund manager, said the rise was "no surprise at all".'),
    ).toEqual(['Halvorsen']);
  });

  it('keeps the full name of a person the copy introduced (control)', () => {
    expect(
      quoteSpeakers(
        'Dana Okafor was thanked at the ceremony. Okafor, 29, said she had "only done what the ward needed".',
      ),
    ).toEqual(['Dana Okafor']);
  });
});

describe('appositionFreeName', () => {
  it.each([
    ['Okafor, 29', 'Okafor'],
    ['Peter T. Vance, Republican of Ohio', 'Peter T. Vance'],
    ['the Courier, citing internal documents', 'the Courier'],
    ['Others, however', 'Others'],
    ['Pelosi, D-Calif.', 'Pelosi'],
    ['Ann Booth, Labour', 'Ann Booth'],
  ])('reads the name of %s', (phrase, name) => {
    expect(appositionFreeName(phrase)).toBe(name);
  });

  it.each([
    'Last month, the Courier, a weekly', // a fronted time phrase, no name
    'Ind., where the plant closed', // a place cut at its abbreviation's stop
    'Vance, Ruiz and Okafor', // a list, not an apposition
    'three nurses, however',
    'Booth, Reuters', // a capitalised word that names no party
    'the Labour Party', // a party, no apposition
  ])('reads no name in %s (control)', (phrase) => {
    expect(appositionFreeName(phrase)).toBeNull();
  });
});
