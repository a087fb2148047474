import { describe, expect, it } from 'vitest';
import { accusation } from '../../src/core/charge-questions';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import type { PhraseContext } from '../../src/core/phrase-question';
import { willQuestion } from '../../src/core/will-question';
import { questionInputOf } from '../support/question-input-of';

/**
 * The ungrammatical shapes hand-read sample 23 found (docs/hand-read-questions.md, "Sample 23", engine 44), each in
 * copy written for the test: a sentence-opening phrase kept between "Will" and its subject (#3), a partitive accused
 * ("accuses one of the journalists, …, of …") split across the accusation template (#11), and a "by the numbers"
 * item's noun phrase, its figure the sentence before, asked as a that-clause (#31, #43).
 */

function context(text: string, extra: Partial<PhraseContext> = {}): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...extra };
}

describe('no phrase before the subject sits after "Will" (#3)', () => {
  const names = new Set(['Dana', 'Whitlock', 'Marlow']);

  it('an opening attribution is the source, left out of the question', () => {
    expect(
      willQuestion(
        'According to the programme released on Monday, Dana Whitlock will open the festival on Friday',
        names,
      ),
    ).toBe('Will Dana Whitlock open the festival on Friday?');
  });

  it.each([
    'Under the plan agreed by the trustees, the library would close two branches next year',
    'Despite the objections of the residents, the council is expected to approve the tower',
  ])('another opening phrase may be a condition: no "Will …?" of "%s"', (clause) => {
    expect(willQuestion(clause, names)).toBeNull();
  });

  it.each([
    // Controls: a subject with no opening phrase, and a short time phrase dropped as before.
    ['Dana Whitlock will open the festival on Friday', 'Will Dana Whitlock open the festival on Friday?'],
    ['On Monday, the council said it would close the depot', null],
    ['Marlow Council is scheduled to vote on the plan in May', 'Will Marlow Council vote on the plan in May?'],
  ])('control: "%s"', (clause, expected) => {
    expect(willQuestion(clause, names)).toBe(expected);
  });
});

describe('a partitive accused is one person or group, never "one" (#11)', () => {
  const names = new Set(['Priya', 'Osei', 'Harbour']);

  it('the name set beside the partitive answers, and the charge is what the second "of" opens', () => {
    expect(
      accusation(
        context(
          'The complaint also accuses one of the inspectors, Priya Osei, of skipping checks at the Harbour plant, of losing records and of lying about it.',
          { properWords: names },
        ),
      ),
    ).toBe('How does Priya Osei answer the accusation by the complaint of skipping checks at the Harbour plant?');
  });

  it('without a name, the partitive whole answers, its number read from its head', () => {
    expect(
      accusation(
        context('The union accused two of the managers of hiding the overtime figures.', { properWords: names }),
      ),
    ).toBe('How do two of the managers answer the accusation by the union of hiding the overtime figures?');
  });

  it.each([
    // Controls: a plain accused and the "each other" case are read as before.
    [
      'The union accused the managers of hiding the overtime figures.',
      'How do the managers answer the accusation by the union of hiding the overtime figures?',
    ],
    ['The two councillors accused each other of lying.', null],
    // A negative partitive accuses no one: no question, never "How do none of the officers answer …?".
    ['The inquiry accused none of the officers of wrongdoing.', null],
    ['The mayor denied he had accused any of the staff of leaking the report.', null],
  ])('control: "%s"', (text, expected) => {
    expect(accusation(context(text, { properWords: names }))).toBe(expected);
  });
});

describe("a figure's caption is no claim to confirm (#31, #43)", () => {
  const caption = 'The sum the mayor apparently spent on the new fountain, according to the city auditor.';

  it('the caption after a figure standing alone is shown as its passage, not "confirm that the sum …?"', () => {
    const questions = findOpenQuestions(questionInputOf(['Numbers of the week.', '$2.4 million.', caption]));
    const asked = questions.find((q) => q.text.includes('fountain'));
    expect(asked).toBeDefined();
    expect(asked!.text).not.toMatch(/confirm(?:ed)? that the sum/);
  });

  it('control: the same sentence after a sentence with a verb is phrased as before', () => {
    const questions = findOpenQuestions(
      questionInputOf(['Numbers of the week came out.', 'It was $2.4 million.', caption]),
    );
    const asked = questions.find((q) => q.text.includes('fountain'));
    expect(asked?.text ?? '').toMatch(/confirm(?:ed)? that the sum/);
  });
});
