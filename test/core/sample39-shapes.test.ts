import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { headCompleted } from '../../src/core/head-completed';
import { report, unclear, vagueSource } from '../../src/core/phrase-question';

/**
 * The shapes hand-read sample 39 found (docs/hand-read-questions.md, "Sample 39", engine 63), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `03ad9101`.
 */

function questionsOf(body: string, lead = 'The harbour board met on Tuesday evening in the town hall.'): string[] {
  return analyzeArticle(`Harbour news in brief\n\n${lead} ${body}`).questions.map((q) => q.text);
}

describe('a denied that-clause whose subject ends in -ing is a clause, not a gerund (#21)', () => {
  it.each([
    [
      // Was "Does the evidence bear out the denial by Marsh of dredging harms the harbour seals, however?".
      'Marsh denied that dredging harms the harbour seals, however, pointing to a survey the board paid for last year.',
      'Is there evidence that dredging harms the harbour seals, which Marsh denies?',
    ],
    [
      // A short claim: the denial's own tail (", which Okafor denies") was read as a relative clause taken for the claim.
      'Okafor denied that fishing damages the reef, however, citing figures from the harbour trust.',
      'Is there evidence that fishing damages the reef, which Okafor denies?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(questionsOf(sentence)).toContain(expected);
  });

  it('control: a gerund after the denial verb keeps the gerund reading', () => {
    expect(questionsOf('Lind denied knowing that the survey had been paid for by the dredging firm.')).toContain(
      'Does the evidence bear out the denial by Lind of knowing that the survey had been paid for by the dredging firm?',
    );
  });
});

describe('a list of names is read whole, each keeping its capital (review s41 B-r41-12)', () => {
  const lead =
    'The Westhaven council met on Tuesday evening in the town hall to discuss the harbour ferry contract, which has divided residents for months. Councillors heard from residents and from the operator before the vote.';

  it.each([
    [
      // Was "Are sanders and Reed right …?": the first name, which opens its sentence only, was lowered.
      'Sanders and Reed, the two council leaders, insisted that the ferry contract was lawful and would save money.',
      'Are Sanders and Reed right that the ferry contract was lawful?',
    ],
    [
      // Was "Are Reed and Jones right …?": the list's first comma was read as an apposition's.
      'Sanders, Reed and Jones insisted that the ferry contract was lawful and would save money.',
      'Are Sanders, Reed and Jones right that the ferry contract was lawful?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(questionsOf(sentence, lead)).toContain(expected);
  });

  it.each([
    [
      'Matthews and Jones, both councillors, insisted that the ferry contract was lawful and would save money.',
      'Are Matthews and Jones right that the ferry contract was lawful?',
    ],
    // A time before the pair is no third name.
    [
      'Yesterday, Reed and Jones insisted that the ferry contract was lawful and would save money.',
      'Are Reed and Jones right that the ferry contract was lawful?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(questionsOf(sentence, lead)).toContain(expected);
  });
});

describe('a question cut one or two words before its clause ends is completed, not cut inside the noun phrase (#8)', () => {
  const copy =
    'Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes unless the council finishes on a very strong fundraising streak - something her aides argue is possible.';

  it.each([
    [
      'Can it be confirmed that Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes unless the council finishes on a very strong fundraising…?',
      'Can it be confirmed that Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes unless the council finishes on a very strong fundraising streak?',
    ],
    [
      'Can it be confirmed that Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes unless the council finishes on a very strong…?',
      'Can it be confirmed that Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes unless the council finishes on a very strong fundraising streak?',
    ],
  ])('"%s"', (question, expected) => {
    expect(headCompleted(question, copy)).toBe(expected);
  });

  it.each([
    // Three words to the clause's end: the cut stays.
    'Can it be confirmed that Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes unless the council finishes on a very…?',
    // A function word before the clause's end opens a phrase of its own: the cut stays.
    'Can it be confirmed that Okafor acknowledged that it will be very difficult to persuade the trustees to switch their votes…?',
  ])('control: "%s"', (question) => {
    expect(headCompleted(question, copy)).toBe(question);
  });
});

describe('no unnamed source is asked for when the claim asked opens on a named person saying it (#8)', () => {
  const context = (text: string) => ({ text, actor: null, mainActor: null, properWords: new Set(['Okafor', 'Lind']) });

  it.each([
    // Was "Which critics say Okafor noted that …, and can they be named?".
    "Okafor noted that the ferry contract was signed in a hurry in 2019, and some critics speculated about the chairman's role at the time.",
    // Was "Can a named source confirm that Okafor noted that …?".
    "Okafor noted that the ferry contract was signed in a hurry in 2019, and some speculated about the chairman's role at the time.",
  ])('"%s" is shown as its passage', (sentence) => {
    expect(vagueSource(context(sentence))).toBeNull();
  });

  it('control: with no named sayer the unnamed critics are still asked for', () => {
    expect(
      vagueSource(
        context(
          "The ferry contract was signed in a hurry in 2019, and some critics speculated about the chairman's role at the time.",
        ),
      ),
    ).toBe('Which critics say the ferry contract was signed in a hurry in 2019, and can they be named?');
  });
});

describe('a report whose claim leans on "it" or "its" for the sayer the question drops is shown as its passage (#13)', () => {
  const context = (text: string) => ({ text, actor: null, mainActor: null, properWords: new Set(['Okafor']) });

  it.each([
    // Was "Has anyone confirmed the report that last week it was offering early retirement …?".
    'The harbour trust said last week it was offering early retirement to about 30 dock workers.',
    // Was "Has anyone confirmed the report that the berths it leased … were …?".
    'The harbour trust said the berths it leased to the ferry firm were worth far more than the rent.',
  ])('"%s"', (sentence) => {
    expect(report(context(sentence))).toBeNull();
  });

  it("control: a pronoun after the claim's verb has its noun in the claim", () => {
    expect(
      report(
        context(
          'The harbour trust reported that the sale went through because it avoided the problems of the earlier bid.',
        ),
      ),
    ).toBe(
      'Has anyone confirmed the report that the sale went through because it avoided the problems of the earlier bid?',
    );
  });
});

describe('an unknown clause whose subject is "it" names nothing once its sentence is dropped (#35)', () => {
  const context = (text: string) => ({ text, actor: null, mainActor: null, properWords: new Set(['Okafor']) });

  it.each([
    // Was "Who can say that it was used?".
    'The ferry had a second engine, but it is not clear that it was used.',
    // Was "Who can say whether it came from the quay or from the ferry?".
    'Witnesses heard a loud bang, although it was not clear whether it came from the quay or from the ferry.',
  ])('"%s" is shown as its passage', (sentence) => {
    expect(unclear(context(sentence))).toBeNull();
  });

  it('control: a clause with its own noun for subject is asked', () => {
    expect(unclear(context('It is not clear whether the ferry will sail on Friday.'))).toBe(
      'Will the ferry sail on Friday?',
    );
  });
});
