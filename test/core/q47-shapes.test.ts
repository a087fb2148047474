import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { nameFirstWord } from '../../src/core/name-first-word';

/**
 * Session 34's second wave on issue 13 (review s34 B-sample30-1, B-sample30-2, B-main-62), each in copy written for
 * the test, in more than one house style.
 */

function questionsOf(body: string): { kind: string; text: string }[] {
  return analyzeArticle(`Council news in brief\n\nThe meeting was held on Monday. ${body}`).questions.map((q) => ({
    kind: q.kind,
    text: q.text,
  }));
}

describe('a saying after ", and" disputes a charge only with a denial or from the accused (B-sample30-1)', () => {
  it.each([
    // British copy: a third party's plan; US copy: the accuser's own side; a named councillor's promise.
    'Campaigners accused the trust of closing wards without consultation, and the health secretary said she would meet them next week.',
    'Republicans accused the governor of misusing federal funds, and the party said it would seek an audit.',
    'Parents accused the school of ignoring bullying, and Councillor Jo Price said she would raise it with the head.',
  ])('"%s" is a charge to check', (body) => {
    expect(questionsOf(body).map((q) => q.kind)).toEqual(['unverified']);
  });

  it.each([
    // Controls: the accused answering, another party calling the charge false, a dismissal.
    'Tenants accused the landlord of ignoring repairs, and the landlord said every request had been logged.',
    'Tenants accused the landlord of ignoring repairs, and the housing minister said the claim was untrue.',
    'Unions accused the airline of breaking the pay deal, and the chief executive dismissed the charge.',
  ])('control: "%s" stays disputed', (body) => {
    expect(questionsOf(body).map((q) => q.kind)).toEqual(['disputed']);
  });
});

describe('a word WordNet counts mostly in lower case loses its sentence capital (B-sample30-2)', () => {
  it.each([
    // US copy: an adjective; wire copy: a verb's noun with a trailing source; British copy: a direction.
    [
      'Federal regulators will rule next month on the merger.',
      'Will federal regulators rule next month on the merger?',
    ],
    ['Rebels will leave the town by Sunday, a commander said.', 'Will rebels leave the town by Sunday? (a commander)'],
    [
      'Western ministers will meet in Brussels next week to agree the package.',
      'Will western ministers meet in Brussels next week to agree the package?',
    ],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toContain(expected);
  });

  it('reads the lexicon, not a list: "federal", "rebel", "recent", "hunt", "born", "begin" are common words', () => {
    for (const word of ['Federal', 'Rebels', 'Recent', 'Hunt', 'Born', 'Begin'])
      expect(nameFirstWord(word)).toBe(false);
  });

  it('control: "Democrats", "Tories", "Hughes" keep their capital', () => {
    for (const word of ['Democrats', 'Tories', 'Hughes']) expect(nameFirstWord(word)).toBe(true);
    expect(questionsOf('Democrats will oppose it when the Senate votes next week.').map((q) => q.text)).toContain(
      'Will Democrats oppose it when the Senate votes next week?',
    );
  });
});

describe('an unnamed source arguing that X is asked about X (B-main-62)', () => {
  it.each([
    // US copy with a premodifier; British copy; a past tense after "some".
    [
      'State officials argue that the new limits will cut emissions.',
      'Which officials argue the new limits will cut emissions, and can they be named?',
    ],
    [
      'Whitehall officials argue that the tax will not rise before the election.',
      'Which officials argue the tax will not rise before the election, and can they be named?',
    ],
    [
      'Some analysts argued that the merger would raise prices.',
      'Which analysts argue the merger would raise prices, and can they be named?',
    ],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toEqual([expected]);
  });

  it.each([
    // A source in an opening subordinate clause: its claim ends at that clause's comma (British and US copy).
    [
      'Although critics argue that the fee will deter poorer students, the university says it is needed to fund bursaries.',
      'Which critics argue the fee will deter poorer students, and can they be named?',
    ],
    [
      'While some analysts say the plan will cost jobs, ministers insist it will create thousands.',
      'Which analysts say the plan will cost jobs, and can they be named?',
    ],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toContain(expected);
  });

  it('control: a saying source is asked as before', () => {
    expect(questionsOf('Health officials say the vaccine is safe.').map((q) => q.text)).toEqual([
      'Which officials say the vaccine is safe, and can they be named?',
    ]);
  });

  it('control: arguing with no "that" has no claim to ask about', () => {
    const texts = questionsOf('Officials argue over the budget every spring, and the talks often run late.');
    expect(texts.every((q) => !/^Which officials argue\b/.test(q.text))).toBe(true);
  });

  it('reads a sentence of thousands of repeated sources in linear time', () => {
    const text = `${'officials argue that '.repeat(3000)}the rule will save lives.`;
    expect(questionsOf(text).length).toBeLessThanOrEqual(1);
  });
});
