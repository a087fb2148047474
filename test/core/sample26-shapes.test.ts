import { describe, expect, it } from 'vitest';
import { accusation } from '../../src/core/charge-questions';
import { lowerStart } from '../../src/core/lower-start';
import { hedged, type PhraseContext } from '../../src/core/phrase-question';
import { properWordsOf } from '../../src/core/proper-words-of';
import { willQuestion } from '../../src/core/will-question';

/**
 * The ungrammatical shapes hand-read sample 26 found (docs/hand-read-questions.md, "Sample 26", engine 47), each in
 * copy written for the test: a claim noun's that-clause in the sentence's subject asked past the main verb (#9), an
 * adverb of the accusing verb carried into "the accusation by …" (#36), a group name lower-cased at the sentence's
 * start though the copy capitalises it in another form (#36's altered word), and a hedge kept inside "Will …?" (#46).
 */

const names = new Set(['Ellen', 'Park', 'Marsh', 'Lind', 'Varga', 'Okafor']);

function context(text: string, properWords: Set<string> = names): PhraseContext {
  return { text, actor: null, mainActor: null, properWords };
}

describe("a claim noun's that-clause in the subject is not asked past the main verb (#9)", () => {
  it.each([
    "Marsh's claim that the council sold the depot at a loss had damaged the treasurer's standing, Park said.",
    'The allegation that the mayor concealed the audit has cost her two allies on the council, Lind said.',
  ])('"%s": the passage is shown', (sentence) => {
    expect(hedged(context(sentence))).toBeNull();
  });

  it.each([
    // Controls: a claim noun after the sentence's own verb keeps its claim, and so does a subject's claim that
    // ends at a conjunction before the sentence's verb.
    [
      'Park rejected the claim that the council sold the depot at a loss to a donor.',
      'Is it true that the council sold the depot at a loss to a donor?',
    ],
    [
      'Lind repeated his allegation that the mayor hid the audit from the board for a year.',
      'Is it true that the mayor hid the audit from the board for a year?',
    ],
    [
      "Park's accusation that the mayor is hiding the audit and would resign if pressed touched off a long debate.",
      'Is it true that the mayor is hiding the audit?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });
});

describe('an adverb of the accusing verb stays out of "the accusation by …" (#36)', () => {
  it.each([
    [
      'Teachers swiftly accused the board of ignoring the safety report.',
      'How does the board answer the accusation by teachers of ignoring the safety report?',
    ],
    [
      'Farmers -- including Okafor -- angrily accused the agency of hiding the test results.',
      'How does the agency answer the accusation by farmers -- including Okafor -- of hiding the test results?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(accusation(context(sentence))).toBe(expected);
  });

  it.each([
    // Controls: no adverb, and an accuser whose last word ends in -ly but is a noun.
    [
      'Teachers accused the board of ignoring the safety report.',
      'How does the board answer the accusation by teachers of ignoring the safety report?',
    ],
    [
      "Varga's family accused the agency of hiding the test results.",
      "How does the agency answer the accusation by Varga's family of hiding the test results?",
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(accusation(context(sentence))).toBe(expected);
  });
});

describe('a group name keeps its capital when the copy capitalises another form of it (#36)', () => {
  const copy = [
    'Democrats -- including the governor -- accused the mayor of waste.',
    'The Democratic nominee spoke on Monday, and Republican voters cheered.',
    'The vote was close, said Senator Ellen Park.',
  ];
  const proper = properWordsOf(copy, ['Ellen Park']);

  it.each([
    ['Democrats -- including the governor', 'Democrats -- including the governor'],
    ['Republicans in the state house', 'Republicans in the state house'],
  ])('"%s"', (text, expected) => {
    expect(lowerStart(text, proper)).toBe(expected);
  });

  it.each([
    // Controls: a title before a name gives its plural no capital, and a common opener is lowered.
    ['Senators in both parties', 'senators in both parties'],
    ['Voters in the state', 'voters in the state'],
  ])('control: "%s"', (text, expected) => {
    expect(lowerStart(text, proper)).toBe(expected);
  });
});

describe('a hedge after the modal is not kept inside "Will …?" (#46)', () => {
  it.each([
    ['the council will most likely vote on the budget on Tuesday', 'Will the council vote on the budget on Tuesday?'],
    ['the board will probably approve the merger next month', 'Will the board approve the merger next month?'],
  ])('"%s"', (clause, expected) => {
    expect(willQuestion(clause, names)).toBe(expected);
  });

  it('control: a modal with no hedge', () => {
    expect(willQuestion('the council will vote on the budget on Tuesday', names)).toBe(
      'Will the council vote on the budget on Tuesday?',
    );
  });
});

describe("a claim in a fronted phrase ends at the comma before the main clause (#9's sibling)", () => {
  it.each([
    [
      "Despite Park's claims that the depot was sold at a fair price, the auditors valued it far higher.",
      'Is it true that the depot was sold at a fair price?',
    ],
    [
      'Amid allegations that the mayor concealed the audit from the board, the council voted to hire an inspector.',
      'Is it true that the mayor concealed the audit from the board?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });

  it.each([
    // Control: a claim after the sentence's verb ends at its own comma, as before.
    [
      'Lind repeated his allegation that the mayor hid the audit from the board, the treasurer said.',
      'Is it true that the mayor hid the audit from the board?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });

  it('control: a relative clause inside a fronted claim is not cut at its comma (it is dropped as an aside)', () => {
    expect(
      hedged(
        context(
          'Despite claims that the mayor, who resigned in May, concealed the audit, the council approved the accounts.',
        ),
      ),
    ).toBe('Is it true that the mayor concealed the audit?');
  });
});
