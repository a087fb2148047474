import { describe, expect, it } from 'vitest';
import { accusation } from '../../src/core/charge-questions';
import { passageItem } from '../../src/core/passage-item';
import { hedged, type PhraseContext } from '../../src/core/phrase-question';
import { singleSource } from '../../src/core/single-source';
import { pastCap } from './past-cap';

/**
 * The ungrammatical shapes hand-read sample 37 found (docs/hand-read-questions.md, "Sample 37", engine 60), each in
 * copy written for the test, with a near control that must not change.
 */

const names = new Set(['Ellen', 'Park', 'Marsh', 'Lind', 'Varga', 'Okafor', 'England', 'State']);

function context(text: string, properWords: Set<string> = names): PhraseContext {
  return { text, actor: null, mainActor: null, properWords };
}

describe('an accused\'s own "of" is not taken for the charge\'s (#10)', () => {
  it.each([
    [
      'Her critics have accused the former secretary of state of using flood victims as props.',
      'How does the former secretary of state answer the accusation by her critics of using flood victims as props?',
    ],
    [
      'Dockers accused the head of the port authority of hiding the crane inspections.',
      'How does the head of the port authority answer the accusation by dockers of hiding the crane inspections?',
    ],
    [
      'Savers accused the Bank of England of keeping rates too low for too long.',
      'How does the Bank of England answer the accusation by savers of keeping rates too low for too long?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(accusation(context(sentence))).toBe(expected);
  });

  it.each([
    // Controls: the first "of" opens the charge when no role or name goes on before the second.
    [
      'Farmers accused the agency of a pattern of hiding test results.',
      'How does the agency answer the accusation by farmers of a pattern of hiding test results?',
    ],
    [
      'Nurses accused the director of a culture of bullying on the night shift.',
      'How does the director answer the accusation by nurses of a culture of bullying on the night shift?',
    ],
    [
      'Park accused the minister of misleading the committee.',
      'How does the minister answer the accusation by Park of misleading the committee?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(accusation(context(sentence))).toBe(expected);
  });
});

describe('a passage is never cut at the closing comma of a participle aside on its subject (#18)', () => {
  it.each([
    [
      // US copy: a past participle aside, the main verb after its closing comma.
      "A Leeds-based property developer, accused by the city council of hiding the true cost of last year's failed harbour scheme, is at the centre of a row over planning donations to a charity backing the mayor's re-election campaign this spring, a local paper found.",
      "Unverified: “A Leeds-based property developer, accused by the city council of hiding the true cost of last year's failed harbour scheme, is at the centre of a row over planning donations to a charity backing the mayor's re-election campaign this spring, …”",
    ],
    [
      // British copy: a present participle aside.
      'The planning chief, speaking at a crowded meeting in the town hall on a wet Tuesday night in the middle of March, said the harbour scheme would be delayed by at least a year while the council looks for more money from its partners and the government.',
      'Unverified: “The planning chief, speaking at a crowded meeting in the town hall on a wet Tuesday night in the middle of March, said the harbour scheme would be delayed by at least a year while the council looks for more …”',
    ],
  ])('%s', (sentence, expected) => {
    expect(passageItem('unverified', pastCap(sentence), null)).toBe(expected);
  });

  it('control: a participle phrase after a clause with its own verb still ends the passage at its comma', () => {
    expect(
      passageItem(
        'unverified',
        pastCap(
          'The harbour plan was approved by the full council on Tuesday after a long and bitter debate, backed by the unions and the chamber of commerce and opposed only by the independent members who sat on the committee for years before the last election.',
        ),
        null,
      ),
    ).toBe(
      'Unverified: “The harbour plan was approved by the full council on Tuesday after a long and bitter debate …”',
    );
  });
});

describe('an "according to" source\'s list is not cut at its first comma (#27)', () => {
  it.each([
    [
      "But according to interviews with more than a dozen of the mayor's friends, aides and allies, she wants to run again next spring on a promise to finish the harbour scheme.",
      "Can anyone besides interviews with more than a dozen of the mayor's friends, aides and allies confirm that she wants to run again next spring on a promise to finish the harbour scheme?",
    ],
    [
      'According to teachers, parents or governors, the school has been short of supply staff since the autumn term began.',
      'Can anyone besides teachers, parents or governors confirm that the school has been short of supply staff since the autumn term began?',
    ],
  ])('%s', (sentence, expected) => {
    expect(singleSource(context(sentence))).toBe(expected);
  });

  it.each([
    // Controls: a list after the source that is the claim's own subject, an aside on it before the claim's verb.
    [
      "According to the mayor's aides, cuts and closures, which the council denies, have hit the poorest wards hardest this year.",
      "Can anyone besides the mayor's aides confirm that cuts and closures have hit the poorest wards hardest this year?",
    ],
    [
      "According to the mayor's aides, cuts and closures, the result of the budget, have hit the poorest wards hardest this year.",
      "Can anyone besides the mayor's aides confirm that cuts and closures, the result of the budget, have hit the poorest wards hardest this year?",
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(singleSource(context(sentence))).toBe(expected);
  });
});

describe('a proposal\'s subjunctive after "suggestion that" is not asked as a claim (#16)', () => {
  it.each([
    "The row peaked with the mayor's suggestion that Varga spy on her rival's email for the campaign.",
    'Councillors rejected the suggestion that Okafor be removed from the planning committee before the vote.',
    "The feud ended with Lind's suggestion that the harbour board resign over the dredging contract.",
  ])('"%s": the passage is shown', (sentence) => {
    expect(hedged(context(sentence))).toBeNull();
  });

  it.each([
    // Controls: a verb with its tense is a statement; a noun that is also a verb, before a modal, is the subject's.
    [
      "Councillors rejected the suggestion that Varga spied on her rival's email for the campaign.",
      "Is it true that Varga spied on her rival's email for the campaign?",
    ],
    [
      "Voters rejected his suggestion that a local judge can't be impartial because of her family.",
      "Is it true that a local judge can't be impartial because of her family?",
    ],
    [
      'Councillors rejected the suggestion that the harbour board hid the dredging contract.',
      'Is it true that the harbour board hid the dredging contract?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });
});
