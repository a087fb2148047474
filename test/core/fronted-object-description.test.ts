import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Council news in brief\n\n${body}`).quotes.map((q) => q.speaker);
const roles = (body: string) =>
  whoIsWho(analyzeArticle(`Council news in brief\n\n${body}`)).people.map((p) => [p.name, p.role ?? null]);

/**
 * Review s34 B-sp46-1: in "In a letter to Mr Hale, the chairman said", the comma after the preposition's object
 * looks like an apposition ("Hale, the chairman"), which made the description resolve to the object.
 */
describe('a description after a fronted phrase whose object is a name', () => {
  it.each([
    // British: no stop after the title.
    ['In a letter to Mr Hale, the chairman said the deal was "a good one for the city".', 'the chairman'],
    // NYT: honorific with a stop.
    ['Speaking to reporters with Mr. Cole, the mayor said the vote was "a disgrace to this council."', 'the mayor'],
    // Wire: a bare name after "with".
    [
      'In an interview with Jo Bell, the candidate said the plan would "never work in a city this size."',
      'the candidate',
    ],
  ])('the description speaks, not the object: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it.each([
    // A participle's object and a role title (review s34 B-int-2).
    'After meeting Mayor Ann Fox, the governor said the plan was "a fair compromise for the valley."',
    'Flanked by Sen. Amy Reid, the governor said the plan was "a fair compromise for the valley."',
  ])('a fronted phrase ending in a name does not give that name the words: %s', (body) => {
    expect(quoteSpeakers(body)).not.toContain('Ann Fox');
    expect(quoteSpeakers(body)).not.toContain('Amy Reid');
  });

  it('a name after the quote, before its missing comma, still speaks (control)', () => {
    expect(
      quoteSpeakers('"The town is full to bursting this summer," Colin Asplin, Blackpool Hotel Association said.'),
    ).toEqual(['Colin Asplin']);
  });

  it('a name with its own plain tag speaks (control)', () => {
    expect(
      quoteSpeakers(
        'The mayor, Ana Ruiz, opened the session on Monday. Ana Ruiz said the vote was "a disgrace to this council."',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it("a description closed by its own comma is the object's apposition (control)", () => {
    expect(
      quoteSpeakers('The plan was derided by Ana Ruiz, the opposition leader, who said it was "a costly fantasy."'),
    ).toEqual(['Ana Ruiz']);
  });

  it('an appositive name before its own verb speaks (control)', () => {
    expect(quoteSpeakers('Mr. Cole, the mayor, said the vote was "a disgrace to this council."')).toEqual(['Cole']);
  });
});

/** Review s34 B-int-3: the ranker, too, must not give the words to the object when it is named again later. */
describe('a fronted phrase object named again later', () => {
  it.each([
    [
      'In a letter to Mr Hale, the chairman said the deal was "a good one for the city". Mr Hale said he would reply.',
      'the chairman',
    ],
    [
      'After meeting Mayor Ann Fox, the governor said the plan was "a fair compromise for the valley." Fox said she agreed.',
      'the governor',
    ],
  ])('the description still speaks: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});

/** Review s34 B-int-3: the same comma gave the object the subject's role in who is who. */
describe("who is who after a fronted phrase's object", () => {
  it.each([
    'In a letter to Mr Hale, the chairman said the deal was "a good one for the city". Mr Hale said he would reply.',
    'After meeting Mayor Ann Fox, the governor said the plan was "a fair compromise." Ann Fox said she agreed.',
  ])('the object does not take the description as its role: %s', (body) => {
    for (const [, role] of roles(body)) expect(String(role ?? '')).not.toMatch(/chairman|governor/);
  });

  it('an apposition closed by its comma is still the role (control)', () => {
    expect(
      roles('Ana Ruiz, the chairman, said the deal was "a good one for the city". Ruiz said she would reply.'),
    ).toEqual([['Ana Ruiz', 'chairman']]);
  });
});

/** Review s35 B-main-65: a participle and "to" before a bare name are swallowed into its run; the run's start hid them. */
describe("who is who after a participle's object the name run swallowed", () => {
  it.each([
    // US style, a bare name.
    'Writing to Nadia Ferreira, the governor said the grant was "gone for good." Nadia Ferreira said she would appeal.',
    // British style, single quotes and an honorific with a stop.
    "Replying to Mrs. Okafor, the treasurer said the sums were 'plainly wrong'. Mrs. Okafor said she would reply.",
  ])('the object does not take the subject as its role: %s', (body) => {
    for (const [, role] of roles(body)) expect(String(role ?? '')).not.toMatch(/governor|treasurer/);
  });

  it('controls: an apposition after a name opening its sentence, and after a title that ends in "-ed"', () => {
    expect(
      roles('Nadia Ferreira, the governor, said the grant was "gone for good." Ferreira said she would appeal.'),
    ).toEqual([['Nadia Ferreira', 'governor']]);
    expect(
      roles(
        "Retired Gen. Tomas Okafor, the former commander, said the plan was 'reckless'. Okafor said he would vote.",
      ),
    ).toEqual([['Tomas Okafor', 'former commander']]);
  });
});
